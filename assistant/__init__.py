"""Question answering over the index: the one service (`Assistant`) and its faces (CLI, HTTP API)."""
