"""Node declarations: losses."""
