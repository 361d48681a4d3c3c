"""Kernels: one module per group of node types.

Each module keeps its maths in pure module-level functions (NumPy arrays in, arrays out, no
imports beyond NumPy) so that the gradient checks can test them directly and the NumPy exporter
can copy their source into standalone scripts. The `Kernel` subclasses in the same modules are
thin stateful wrappers (see `nodeflow.compute.kernel.Kernel`) named exactly like the node types.
"""
