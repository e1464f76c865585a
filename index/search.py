"""Hybrid search: dense (FAISS) and full text (FTS5) candidates fused by reciprocal rank.

Each retriever misses what the other finds: e5 matches paraphrases ("qui présidait" / "Président :")
but is vague on names and numbers; BM25 matches names, amounts and dates exactly but not meaning.
Both see the chunk's heading path, so a question naming a town or a date leans towards its séance
even without filters. Filters (collectivity, body, dates, document) are resolved to the allowed
chunk ids first and applied inside both retrievers, so the top k is drawn from the allowed set
rather than thinned out of an unfiltered list.

While an ingest is still filling in vectors, some chunks have none and the dense retriever cannot
see them. Left out of its ranking, they would sink below every embedded chunk; instead each one
found by full text takes, in the dense ranking, the place of its full-text rank
(`fusion.with_stand_ins`): the full-text rank stands in for the dense one it cannot have yet. With
no vector at all, the fused order is the full-text order; with all of them, plain hybrid search.
"""
from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from index import fulltext
from index.embedding import Embedder
from index.fusion import reciprocal_rank_fusion, with_stand_ins
from index.store import Store, match_key
from index.vectors import VectorIndex

MIN_DEPTH = 50
# Full text ranks better than e5-small on these archives (dev questions, MRR 0.73 vs 0.50), and
# dense mostly adds recall below the top: fused with weights 0.4 / 1 and RRF k=10, recall@5 0.89
# and MRR 0.74, against 0.80 and 0.65 with equal weights and k=60.
DENSE_WEIGHT, FULLTEXT_WEIGHT, RRF_K = 0.4, 1.0, 10
# an unfiltered ranking is read this deep at least, once per query, and cut to the depth asked:
# answering one question searches the archive for k=10 then k=40 (depths 50 and 200), and reading
# 200 ranked ids costs what reading 50 does (every match is scored either way)
REMEMBERED_DEPTH = 200
REMEMBERED_QUERIES = 256
# the model encodes the query on this thread while SQLite ranks the full text on the caller's:
# both release the GIL, so on 2 cores a search waits for the slower of the two, not their sum
_ENCODER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="query-encoder")


@dataclass(frozen=True)
class SearchFilters:
    """Restrict a search; collectivity and body match accent- and case-insensitively, as substrings.

    `collectivity` also matches the file name, so a document whose header the parser could not
    read is still found by its town; `document` is a document id or file name.
    """

    collectivity: str | None = None
    body: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    document: str | None = None

    def clause(self) -> tuple[str, list[object]] | None:
        """SQL condition on documents `d`, or None when nothing is filtered."""
        conditions: list[str] = []
        params: list[object] = []
        for column, value in (("collectivity_key", self.collectivity), ("body_key", self.body)):
            if value:
                conditions.append(f"instr(d.{column}, ?) > 0")
                params.append(match_key(value))
        if self.date_from:
            conditions.append("d.seance_date >= ?")
            params.append(self.date_from.isoformat())
        if self.date_to:
            conditions.append("d.seance_date <= ?")
            params.append(self.date_to.isoformat())
        if self.document:
            conditions.append("(d.id = ? OR d.name = ?)")
            params += [self.document, self.document]
        return (" AND ".join(conditions), params) if conditions else None


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk; `text` is exactly the document's text[start:end]."""

    chunk_id: int
    document_id: str
    document_name: str
    deliberation_id: str | None
    start: int
    end: int
    text: str
    heading: str
    kind: str
    score: float


def hits(store: Store, scored: list[tuple[int, float]]) -> list[Hit]:
    """`Hit`s for (chunk id, score) pairs, in order, skipping ids deleted since they were found."""
    rows = store.hit_rows([chunk_id for chunk_id, _ in scored])
    return [Hit(*rows[chunk_id], score=score) for chunk_id, score in scored if chunk_id in rows]


Rankings = tuple[list[int], list[int]]  # chunk ids, best first: dense, full text


class RecentRankings:
    """The unfiltered rankings of the last queries, valid while the index is unchanged (`stamp`):
    a question searches the archive with the same words several times, a conversation and the
    clients of a server repeat them, and each ranking scores every matching chunk of the archive."""

    def __init__(self, size: int = REMEMBERED_QUERIES) -> None:
        self._size, self._stamp = size, None
        self._rankings: OrderedDict[str, tuple[int, Rankings]] = OrderedDict()

    def get(self, stamp: object, query: str, depth: int) -> Rankings | None:
        if stamp != self._stamp:
            self._stamp = stamp
            self._rankings.clear()
        found = self._rankings.get(query)
        if found is None or found[0] < depth:
            return None
        self._rankings.move_to_end(query)
        dense, sparse = found[1]
        return dense[:depth], sparse[:depth]

    def put(self, query: str, depth: int, rankings: Rankings) -> None:
        self._rankings[query] = (depth, rankings)
        self._rankings.move_to_end(query)
        if len(self._rankings) > self._size:
            self._rankings.popitem(last=False)


def encode_ahead(embedder: Embedder, query: str) -> None:
    """Start encoding `query` on the encoder thread and return at once: a question is read, scoped
    and voted on (milliseconds of Python) before it is searched, and by then its vector is
    remembered or nearly so (`rankings` asks the same thread, which serves requests in turn)."""
    if embedder.remembered(query) is None:
        _ENCODER.submit(embedder.query_vector, query)


def rankings(store: Store, vectors: VectorIndex, embedder: Embedder, query: str, depth: int,
             allowed: np.ndarray | None) -> Rankings:
    """The dense and full-text rankings of `query`, `depth` deep, among `allowed` chunk ids when
    given; the query is encoded while the full text is ranked."""
    vector = embedder.remembered(query)  # else encoded on the thread (handing over costs ~1 ms)
    encoding = _ENCODER.submit(embedder.query_vector, query) if vector is None else None
    terms = store.term_counts.selective(store.db, store.meta("generation"),
                                        fulltext.query_terms(query))
    sparse = store.term_scores.ranking(store.db, store.meta("generation"), terms, depth, allowed)
    dense = vectors.search(vector if encoding is None else encoding.result(), depth, allowed)
    return [i for i, _ in dense], [i for i, _ in sparse]


def search(store: Store, vectors: VectorIndex, embedder: Embedder, query: str, k: int = 10,
           filters: SearchFilters | None = None, recent: RecentRankings | None = None,
           stamp: object = None) -> list[Hit]:
    """The `k` best chunks for `query`, fused from both retrievers; unfiltered rankings are
    remembered in `recent` while the index's `stamp` holds."""
    clause = filters.clause() if filters else None
    allowed = store.filtered_chunk_ids(*clause) if clause else None
    if k <= 0 or not query.strip() or (allowed is not None and not len(allowed)):
        return []
    depth = max(MIN_DEPTH, 5 * k)
    if allowed is not None or recent is None:
        dense_ranking, sparse_ranking = rankings(store, vectors, embedder, query, depth, allowed)
    else:
        found = recent.get(stamp, query, depth)
        if found is None:
            deepest = max(depth, REMEMBERED_DEPTH)
            recent.put(query, deepest, rankings(store, vectors, embedder, query, deepest, None))
            found = recent.get(stamp, query, depth)
        dense_ranking, sparse_ranking = found
    waiting = store.unembedded_among(sparse_ranking)
    if waiting:
        dense_ranking = with_stand_ins(dense_ranking, sparse_ranking, waiting)
    fused = reciprocal_rank_fusion([dense_ranking, sparse_ranking],
                                   [DENSE_WEIGHT, FULLTEXT_WEIGHT], RRF_K)
    return hits(store, fused[:k])

