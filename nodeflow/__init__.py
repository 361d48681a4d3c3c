"""nodeflow: build, train and understand neural networks by wiring nodes on a canvas."""

__version__ = "0.1.0"
