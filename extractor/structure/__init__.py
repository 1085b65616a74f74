"""Document structure: heading numbers, the section tree, tables found in plain text."""
