"""Node declarations: merge."""
