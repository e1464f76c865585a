"""Plain text and Markdown: UTF-8 first, then Windows-1252 / Latin-1, the encodings French
administrations actually produce. Markdown is kept as written: its markup is part of the text
that offsets point into."""
from __future__ import annotations

from pathlib import Path

from corpus.errors import UnreadableDocument


def decode(data: bytes, path: Path) -> str:
    if b"\x00" in data[:4096]:
        raise UnreadableDocument(path, "fichier binaire (octets nuls), pas du texte")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    text = data.decode("latin-1")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > len(text) / 100:
        raise UnreadableDocument(path, "encodage illisible (ni UTF-8, ni Windows-1252, ni Latin-1)")
    return text


def read(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(path, f"lecture impossible ({exc.strerror or exc})") from exc
    return decode(data, path)
