"""The node catalogue of DESIGN.md, one module per category."""
