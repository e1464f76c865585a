"""PDF text layer: poppler's `pdftotext -layout` when installed, pypdf's layout mode otherwise.

Council PDFs put members in columns and votes in tables. Poppler's layout mode is the reference
extractor for them (the shared corpus texts are exactly its output), so when the `pdftotext`
program is on the PATH (Debian/Ubuntu package `poppler-utils`) it is used, and a PDF then reads
exactly like its published text. Without it, pypdf (pure Python, a dependency) reads the same
text layer in layout mode: same words and lines, columns and spaces sometimes placed otherwise,
which the parsers tolerate. Pages are joined by a newline either way. A PDF whose pages hold no
text is a scan: we say so rather than index nothing.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

from corpus.errors import NoTextLayer, UnreadableDocument

logging.getLogger("pypdf").setLevel(logging.ERROR)

POPPLER_TIMEOUT_S = 120


def read(path: Path) -> str:
    text = read_with_poppler(path) if shutil.which("pdftotext") else None
    if text is None:
        text = read_with_pypdf(path)
    if not text.strip():
        raise NoTextLayer(path, "PDF sans couche texte (document scanné ?) : une reconnaissance "
                                "de caractères (OCR) serait nécessaire")
    return text


def read_with_poppler(path: Path) -> str | None:
    """`pdftotext -layout` output, or None when poppler fails on this file (pypdf then tries)."""
    try:
        done = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
                              capture_output=True, timeout=POPPLER_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="replace")


def read_with_pypdf(path: Path) -> str:
    import pypdf
    from pypdf.errors import PyPdfError

    try:
        reader = pypdf.PdfReader(path)
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as exc:
        raise UnreadableDocument(path, f"PDF illisible ({exc})") from exc
    return "\n".join(pages)
