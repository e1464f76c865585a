"""Word documents: paragraphs in order, then table rows (cells joined by tabs), as a clerk reads them."""
from __future__ import annotations

import zipfile
from pathlib import Path

from corpus.errors import UnreadableDocument


def read(path: Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UnreadableDocument(path, f"DOCX illisible ({exc})") from exc
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(lines)
