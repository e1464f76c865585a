"""The second phase of an ingest: vectors filled in for the chunks stored without one.

Ingest stores texts, records, chunks and full text first (`ingest.read_files`), so the archive
answers before the embedding model, the slow part (a few passages a second on two cores), has
run. This phase then takes the waiting chunks oldest first, `BATCH` at a time, and commits each
batch's vectors in a transaction of its own (`Store.set_vectors`):

- Resumable: a kill loses at most the batch being encoded; the next run finds the chunks still
  waiting in the database (a partial index holds exactly them) and starts there, whichever run
  stored them. A chunk filled in is never encoded again (`UPDATE … WHERE vector IS NULL`).
- Reuse: before encoding, each batch looks up stored vectors of the same content hash (an earlier
  batch may have encoded the same text), and identical texts inside a batch are encoded once.
- Consistent mirror: a batch's vectors enter the in-memory FAISS index right after their commit,
  under the caller's lock, so a search of another thread sees both or neither. The FAISS file is
  saved now and then (`SAVE_EVERY`), not per batch (77 MB at 10^5 chunks); after a kill, the next
  open adds what the file lacks from the database (`VectorIndex.reconcile`).
- Searches meanwhile rank chunks without a vector by their full-text rank (see `search.py`).
"""
from __future__ import annotations

import time
from contextlib import AbstractContextManager, nullcontext
from typing import Callable

import numpy as np

from index.chunking import indexed_text
from index.embedding import Embedder
from index.store import Store
from index.vectors import VectorIndex

BATCH = 16  # passages per model call and per commit; a commit costs ~1 ms, a batch seconds
SAVE_EVERY = 120.0  # seconds between saves of the FAISS file while vectors are filled in
EMBEDDING = "vecteurs"  # the phase, as the progress callback names it

Progress = Callable[[str, int, int], None]


class _Texts:
    """Document texts for the chunks of a batch; waiting chunks come in id order, hence mostly
    from the document read last, so one text is held."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._id: str | None = None
        self._text = ""

    def chunk(self, document_id: str, start: int, end: int, heading: str) -> str:
        if document_id != self._id:
            self._id, self._text = document_id, self._store.document_text(document_id) or ""
        return indexed_text(heading, self._text[start:end])


def fill_vectors(store: Store, vectors: VectorIndex, embedder: Embedder,
                 progress: Progress | None = None,
                 lock: AbstractContextManager | None = None) -> int:
    """Embed every chunk still without a vector, batch by batch; how many texts were encoded.

    `lock` is held while the FAISS index changes, never while the model encodes.
    """
    lock = lock or nullcontext()
    total = len(store.unembedded_ids())
    if not total:
        return 0
    if progress:
        progress(EMBEDDING, 0, total)
    texts, done, encoded, saved = _Texts(store), 0, 0, time.monotonic()
    while rows := store.unembedded(BATCH):
        ids = [row[0] for row in rows]
        hashes = [row[1] for row in rows]
        by_hash = {h: np.frombuffer(v, np.float32) for h, v in store.vectors_by_hash(hashes).items()}
        todo = {h: texts.chunk(*row[2:]) for h, row in zip(hashes, rows) if h not in by_hash}
        if todo:
            by_hash.update(zip(todo, embedder.passage(list(todo.values()))))
            encoded += len(todo)
        matrix = np.stack([by_hash[h] for h in hashes]).astype(np.float32)
        with lock:
            filled = set(store.set_vectors(ids, matrix))
            keep = [i for i, chunk_id in enumerate(ids) if chunk_id in filled]
            vectors.add(np.array([ids[i] for i in keep], np.int64), matrix[keep])
            if time.monotonic() - saved > SAVE_EVERY:
                vectors.save()
                saved = time.monotonic()
        done += len(rows)
        if progress:
            progress(EMBEDDING, min(done, total), total)
    return encoded
