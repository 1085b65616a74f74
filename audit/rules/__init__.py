"""One audit rule per module; each registers itself with :func:`audit.registry.rule`."""
