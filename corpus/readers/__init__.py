"""Readers: one module per file format, each turning a file into verbatim text.

The text a reader returns is the text every offset in the product refers to. It is normalised
once, here, and only in ways that do not move words: a byte-order mark is dropped, CR LF and lone
CR become LF, and form feeds (PDF page breaks) become LF, exactly as the shared corpus texts were
made from their PDFs.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from corpus.errors import EmptyDocument, UnsupportedFormat
from corpus.readers import docx, html, pdf, text

READERS: dict[str, Callable[[Path], str]] = {
    ".txt": text.read,
    ".md": text.read,
    ".markdown": text.read,
    ".pdf": pdf.read,
    ".docx": docx.read,
    ".html": html.read,
    ".htm": html.read,
}
SUPPORTED_SUFFIXES = tuple(sorted(READERS))


def normalise(raw: str) -> str:
    """The one normalisation applied to every text (see module docstring)."""
    return raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")


def read_text(path: Path) -> str:
    """Read `path` with the reader for its suffix; raise a CorpusError subclass on bad input."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise UnsupportedFormat(path, f"format non pris en charge ({path.suffix or 'sans extension'}); "
                                      f"formats acceptés : {', '.join(SUPPORTED_SUFFIXES)}")
    content = normalise(reader(path))
    if not content.strip():
        raise EmptyDocument(path, "le fichier ne contient aucun texte")
    return content


FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".pdf": "pdf", ".docx": "docx",
           ".html": "html", ".htm": "html"}


def format_of(path: Path) -> str:
    """The short format name stored with a document ("pdf", "md"…)."""
    return FORMATS.get(path.suffix.lower(), "txt")
