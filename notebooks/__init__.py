"""Notebooks that show jiaohe on a corpus; ``python -m notebooks.run NOTEBOOK`` executes one."""
