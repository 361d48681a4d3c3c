"""The NumPy compute engine: kernels, compiled networks, optimizers, trainer, datasets. No Qt."""
