"""Node declarations: recurrent."""
