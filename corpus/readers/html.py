"""HTML pages: visible text only (scripts and styles dropped), one line per block element."""
from __future__ import annotations

from pathlib import Path

from corpus.readers.text import read as read_bytes_as_text


def read(path: Path) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(read_bytes_as_text(path), "html.parser")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    return soup.get_text("\n")
