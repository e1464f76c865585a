"""Errors of the corpus layer, named for what went wrong with a file.

Each carries the path and a French-free, user-readable reason; faces translate them once
(CLI message, HTTP 4xx) and never show a traceback.
"""
from __future__ import annotations

from pathlib import Path


class CorpusError(Exception):
    """A file that cannot become a document; `reason` is shown to the user with the path."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class UnsupportedFormat(CorpusError):
    """The file's extension is not one the readers know."""


class UnreadableDocument(CorpusError):
    """The file exists but its text cannot be read (binary, corrupt, undecodable)."""


class EmptyDocument(CorpusError):
    """The file holds no text at all."""


class NoTextLayer(CorpusError):
    """A PDF whose pages carry no text (a scan): it would need OCR."""


class NoDeliberationFound(CorpusError):
    """Text was read but nothing in it looks like a council séance or deliberation."""
