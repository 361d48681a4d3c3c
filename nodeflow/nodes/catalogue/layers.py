"""Node declarations: layers."""
