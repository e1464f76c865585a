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
from typing import Callable, TypeVar

from corpus.models import Document, Seance, Span

T = TypeVar("T")

CACHED_TEXTS = 512  # séance texts kept in memory (~20 kB each): the passages of recent answers
CACHED_RECORDS = 256  # séance records kept (parsed, ~100 kB each): the séances recently asked about


class Contents:
    """Texts and records of documents by id, read by `text` and `records` (a text alone when only
    passages are quoted: parsing records costs far more), the most recent ones remembered; and
    where each deliberation lies (`spans`, one keyed read of the index instead of the records: a
    passage is read within its deliberation for every candidate sentence of an answer)."""

    def __init__(self, text: Callable[[str], str | None], records: Callable[[str], Seance | None],
                 spans: Callable[[str], dict[str, Span]]) -> None:
        # thread-safe caches; a rare double read is harmless
        self._text = lru_cache(maxsize=CACHED_TEXTS)(text)
        self._records = lru_cache(maxsize=CACHED_RECORDS)(records)
        self._spans = lru_cache(maxsize=CACHED_TEXTS)(spans)

    def text(self, doc_id: str) -> str:
        return _present(self._text(doc_id), doc_id)

    def records(self, doc_id: str) -> Seance:
        return _present(self._records(doc_id), doc_id)

    def spans(self, doc_id: str) -> dict[str, Span]:
        return self._spans(doc_id)


def _present(found: T | None, doc_id: str) -> T:
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
            return self._contents.text(self.id)
        if attribute == "seance":
            return self._contents.records(self.id)
        raise AttributeError(attribute)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StoredDocument):
            return NotImplemented
        return (self.id, self.sha256) == (other.id, other.sha256)

    def __hash__(self) -> int:
        return hash((self.id, self.sha256))

    def __repr__(self) -> str:
        return f"StoredDocument(id={self.id!r}, name={self.name!r})"

    def deliberation_span(self, deliberation_id: str) -> Span | None:
        """Where a deliberation of this séance lies, without reading its records."""
        return self._contents.spans(self.id).get(deliberation_id)

    def loaded(self) -> Document:
        """A plain `Document` holding its text and records: what outlives the index handle."""
        return Document(self.id, self.name, self.text, self.sha256, self.format, self.seance)


def deliberation_span(document: Document, deliberation_id: str | None) -> Span | None:
    """Where a deliberation of `document` lies (None when it holds none of that id): a stored
    document says it from the index, one held in memory from its records."""
    if isinstance(document, StoredDocument):
        return document.deliberation_span(deliberation_id) if deliberation_id else None
    return next((d.span for d in document.seance.deliberations if d.id == deliberation_id), None)
