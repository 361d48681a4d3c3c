"""Node declarations: optimizers."""
