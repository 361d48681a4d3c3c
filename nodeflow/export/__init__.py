"""Exporters: a graph as a runnable Python script (NumPy or PyTorch)."""
