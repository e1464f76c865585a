"""PDF text layer, read with pypdf in layout mode.

Layout mode keeps the columns and line breaks of the page (member lists in columns, vote tables),
close to what `pdftotext -layout` gives; the parsers tolerate its extra spaces. Pages are joined by
a newline. A PDF whose pages hold no text is a scan: we say so rather than index nothing.
"""
from __future__ import annotations

import logging
from pathlib import Path

from corpus.errors import NoTextLayer, UnreadableDocument

logging.getLogger("pypdf").setLevel(logging.ERROR)


def read(path: Path) -> str:
    import pypdf
    from pypdf.errors import PyPdfError

    try:
        reader = pypdf.PdfReader(path)
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as exc:
        raise UnreadableDocument(path, f"PDF illisible ({exc})") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise NoTextLayer(path, "PDF sans couche texte (document scanné ?) : une reconnaissance "
                                "de caractères (OCR) serait nécessaire")
    return text
