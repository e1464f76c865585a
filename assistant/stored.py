"""Documents of the index whose text and records are read when a question first needs them.

Opening an archive of 10^4 séances used to rebuild every séance's records from their JSON: half a
minute and most of a GiB, while a question reads a handful of séances. A `StoredDocument` holds
what the index's `documents` row says ahead of the text (id, name, hash, format, séance date,
collectivity), which is all that scoping a question by place and date needs; its `text` and
`seance` are read through a bounded cache (`Contents`), so memory follows the séances recently
asked about, not the size of the archive.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Callable

from corpus.models import Document, Seance

CACHED_DOCUMENTS = 256  # séances whose text and records stay in memory (a few MB of records each 100)

Read = Callable[[str], "tuple[str, Seance] | None"]


class Contents:
    """(text, records) of documents by id, read by `read` and the most recent ones remembered."""

    def __init__(self, read: Read, size: int = CACHED_DOCUMENTS) -> None:
        self._get = lru_cache(maxsize=size)(read)  # thread-safe; a rare double read is harmless

    def __call__(self, doc_id: str) -> tuple[str, Seance]:
        found = self._get(doc_id)
        if found is None:
            raise LookupError(f"document {doc_id!r} left the index")
        return found


class StoredDocument(Document):
    """A `Document` whose `text` and `seance` are read from the index on use (never kept on the
    object itself, so that the cache alone bounds memory). Equal to another by id and content
    hash, which is what its text and records derive from."""

    def __init__(self, id: str, name: str, sha256: str, format: str, seance_date: dt.date | None,
                 collectivity: str | None, contents: Contents) -> None:
        # a frozen dataclass: its fields are set the way its own __init__ sets them
        for attribute, value in (("id", id), ("name", name), ("sha256", sha256), ("format", format),
                                 ("seance_date", seance_date), ("collectivity", collectivity),
                                 ("_contents", contents)):
            object.__setattr__(self, attribute, value)

    def __getattr__(self, attribute: str):
        """Called only for what is not set on the object: the text and the records."""
        if attribute == "text":
            return self._contents(self.id)[0]
        if attribute == "seance":
            return self._contents(self.id)[1]
        raise AttributeError(attribute)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StoredDocument):
            return NotImplemented
        return (self.id, self.sha256) == (other.id, other.sha256)

    def __hash__(self) -> int:
        return hash((self.id, self.sha256))

    def __repr__(self) -> str:
        return f"StoredDocument(id={self.id!r}, name={self.name!r})"

    def loaded(self) -> Document:
        """A plain `Document` holding its text and records: what outlives the index handle."""
        return Document(self.id, self.name, self.text, self.sha256, self.format, self.seance)
