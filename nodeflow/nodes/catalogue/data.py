"""Node declarations: data."""
