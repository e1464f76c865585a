"""Small archives of minutes written by a test for a layout or a wording, and the assistant over them."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from assistant.service import Assistant


def archive_of(root: Path, texts: dict[str, str]) -> Iterator[Assistant]:
    """An assistant over `texts` (file name → text), written and ingested under `root`; closed
    when the fixture using it ends."""
    (root / "files").mkdir()
    for name, text in texts.items():
        (root / "files" / name).write_text(text, encoding="utf-8")
    service = Assistant.open(root / "index")
    service.ingest([root / "files"])
    yield service
    service.close()
