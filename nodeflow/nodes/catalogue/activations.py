"""Node declarations: activations."""
