"""`Index`, the one handle the assistant holds on an index folder.

The folder holds `index.sqlite` (documents, records, chunks with vectors, full text) and
`vectors.faiss` (the dense mirror). The model is recorded at the first write and checked at every
open: vectors of two models never meet in one index (`ModelMismatch`). The embedder and the vector
index are loaded on first use, so a process that only reads documents never loads a model.

One handle may serve several threads (an HTTP server): searches and ingests take a lock, because
catching up with another process's writes mutates the in-memory FAISS index. An ingest holds it
while it reads and stores files, then only around each batch of vectors it commits, so searches
go on while the model encodes.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

from corpus.models import Document, Seance, Span
from index import fulltext
from index.embedding import Embedder, get_embedder, resolve_model
from index.errors import ModelMismatch
from index.ingest import IngestReport, ingest
from index.search import Hit, RecentRankings, SearchFilters, encode_ahead, hits, search
from index.settings import settings
from index.store import Store
from index.vectors import VectorIndex


class Index:
    def __init__(self, folder: Path, store: Store, model: str) -> None:
        self.folder = folder
        self.model = model
        self._store = store
        self._embedder: Embedder | None = None
        self._vectors: VectorIndex | None = None
        self._stamp: tuple[str | None, str | None] | None = None  # the writes the mirror has seen
        self._recent = RecentRankings()
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: Path, model: str | None = None) -> "Index":
        """Open (creating the folder if missing); `model` None → the recorded one, else
        `$DELIB_MODEL`, else the default. A model other than the recorded one is refused while
        the index holds vectors."""
        folder = Path(path).expanduser()
        store = Store(folder)
        recorded = store.meta("model")
        requested = resolve_model(model) if model else None
        if requested and recorded and requested != recorded and store.counts()["chunks"]:
            store.close()
            raise ModelMismatch(folder, recorded, requested)
        return cls(folder, store, requested or recorded or resolve_model(settings().model))

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = get_embedder(self.model)
            if self._store.meta("model") != self.model:
                self._store.set_meta(model=self.model, dim=str(self._embedder.dim))
        return self._embedder

    def _vector_index(self) -> VectorIndex:
        """The FAISS mirror, brought in line with the database whenever another write happened
        (documents changed, or vectors filled in); call with the lock held."""
        stamp = self._store.meta("generation"), self._store.meta("vector_generation")
        if self._vectors is None:
            self._vectors = VectorIndex(self.folder, self.embedder.dim)
        if stamp != self._stamp:
            self._vectors.reconcile(self._store.embedded_chunk_ids(),
                                    lambda ids: self._store.vectors(ids, self.embedder.dim))
            self._stamp = stamp
        return self._vectors

    def ingest(self, paths: list[Path], prune: bool = False,
               progress: Callable[[str, int, int], None] | None = None,
               collectivity: str | None = None) -> IngestReport:
        """Store the files (fact questions and full-text search work from then on), then fill in
        their vectors batch by batch; `progress(name, done, total)` follows both phases."""
        with self._lock:
            vectors = self._vector_index()
        return ingest(self._store, vectors, self.embedder, [Path(p) for p in paths], prune,
                      progress, collectivity, lock=self._lock)

    def search(self, query: str, k: int = 10, filters: SearchFilters | None = None) -> list[Hit]:
        with self._lock:
            vectors = self._vector_index()
            return search(self._store, vectors, self.embedder, query, k, filters, self._recent, self._stamp)

    def encode_ahead(self, query: str) -> None:
        """Start encoding `query`, which a search will soon ask for, without waiting for it."""
        encode_ahead(self.embedder, query)

    def rarity(self, words: list[str]) -> dict[str, float | None]:
        """How rare each word is in the archive (inverse chunk frequency of its full-text term),
        None for a word no passage prints: what a question word weighs when sentences are matched
        against it. Rarity among the retrieved passages alone would count the question's subject
        as common, since retrieval brought back the passages that all print it."""
        terms = {word: (fulltext.words(word) or [word])[0] for word in words}
        with self._lock:
            idf = self._store.term_counts.rarity(self._store.db, self._store.meta("generation"),
                                                 list(dict.fromkeys(terms.values())))
        return {word: idf[term] for word, term in terms.items()}

    def documents(self) -> list[Document]:
        return self._store.documents()

    def document(self, doc_id: str) -> Document | None:
        found = self._store.documents(doc_id)
        return found[0] if found else None

    def deliberation_titles(self) -> list[str]:
        with self._lock:
            return self._store.deliberation_titles()

    def headers(self) -> list[tuple[str, str, str, str, str | None, str | None]]:
        """(id, name, sha256, format, séance date, collectivity) of every document (`Store.headers`)."""
        return self._store.headers()

    def records(self, doc_id: str) -> Seance | None:
        """A document's parsed records, read on demand (`Store.records`)."""
        return self._store.records(doc_id)

    def people(self) -> list[str]:
        """Every name printed among the séances' people, once (`Store.people`)."""
        return self._store.people()

    def item_rows(self) -> list[tuple[str, str, str | None, str | None, str | None, str | None]]:
        """(id, document id, number, title, séance date, body) of every deliberation, in séance
        date order (`Store.item_rows`)."""
        with self._lock:
            return self._store.item_rows()

    def vote_rows(self, deliberation_ids: list[str]) -> dict[str, list[tuple]]:
        """The votes of these deliberations as plain values (`Store.vote_rows`)."""
        with self._lock:
            return self._store.vote_rows(deliberation_ids)

    def seance_people(self) -> list[tuple[str, str]]:
        """(document id, name) of every séance's people, in reading order (`Store.seance_people`)."""
        with self._lock:
            return self._store.seance_people()

    def printing(self, names: list[str], among: list[str] | None = None) -> list[tuple[str, str]]:
        """(name, document id) where a séance (of those `among`) prints one of `names` among its people."""
        return self._store.printing(names, among)

    def deliberation_spans(self, doc_id: str) -> dict[str, Span]:
        """Where each deliberation of a document lies, by id (`Store.deliberation_spans`)."""
        return self._store.deliberation_spans(doc_id)

    def deliberation_document(self, deliberation_id: str) -> str | None:
        """The id of the document holding a deliberation, by the deliberations table's key."""
        return self._store.deliberation_document(deliberation_id)

    def document_text(self, doc_id: str) -> str | None:
        return self._store.document_text(doc_id)

    def chunk(self, chunk_id: int) -> Hit | None:
        found = hits(self._store, [(chunk_id, 0.0)])
        return found[0] if found else None

    def stats(self) -> dict:
        dim = self._store.meta("dim")
        return {**self._store.counts(), "chunks_without_vector": len(self._store.unembedded_ids()),
                "model": self.model, "dim": int(dim) if dim else None}

    def version(self) -> str:
        """Changes with every write (each one bumps the stored generation)."""
        return self._store.meta("generation") or "0"

    def close(self) -> None:
        self._store.close()
