"""Node declarations: conv."""
