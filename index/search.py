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
from dataclasses import dataclass

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


def search(store: Store, vectors: VectorIndex, embedder: Embedder, query: str, k: int = 10,
           filters: SearchFilters | None = None) -> list[Hit]:
    """The `k` best chunks for `query`, fused from both retrievers."""
    clause = filters.clause() if filters else None
    allowed = store.filtered_chunk_ids(*clause) if clause else None
    if k <= 0 or not query.strip() or (allowed is not None and not len(allowed)):
        return []
    depth = max(MIN_DEPTH, 5 * k)
    dense = vectors.search(embedder.query_vector(query), depth, allowed)
    terms = store.term_counts.selective(store.db, store.meta("generation"),
                                        fulltext.query_terms(query))
    sparse = fulltext.search(store.db, terms, depth, None if allowed is None else allowed.tolist(),
                             store.term_counts.matches(terms))
    dense_ranking, sparse_ranking = [i for i, _ in dense], [i for i, _ in sparse]
    waiting = store.unembedded_among(sparse_ranking)
    if waiting:
        dense_ranking = with_stand_ins(dense_ranking, sparse_ranking, waiting)
    fused = reciprocal_rank_fusion([dense_ranking, sparse_ranking],
                                   [DENSE_WEIGHT, FULLTEXT_WEIGHT], RRF_K)
    return hits(store, fused[:k])

