"""Full-text ranking a term at a time: FTS5's BM25, exactly, without scoring every match anew.

FTS5 scores each row an OR query matches (its bm25 costs ~1 µs a row): at 2·10^5 chunks a question
of six words matches 10^5 rows and its ranking took 60–100 ms, most of a search. But BM25 is a sum
over the query's terms of a part that depends only on the term and the row (the term's idf, its
weighted frequency in the row, the row's length against the average), and FTS5's bm25 of a one-term
query is exactly that part. So each term's parts are read once (`-bm25(…)` of `MATCH '"term"'`)
and kept as arrays; a query's scores are their sums, added in the query's term order as FTS5 adds
them (the same doubles: the same scores, the same ranking, ties by rowid as `fulltext` orders them).

The terms that cost most to read are the frequent ones, and those are the ones queries repeat (a
town, a year, "budget", "subvention"); a rare term costs little. Memory is bounded by a number of
held postings, the least recently used term leaving first, and everything is dropped when the index
changes (its `generation`).
"""
from __future__ import annotations

import sqlite3
from collections import OrderedDict

import numpy as np

from index.fulltext import HEADING_WEIGHT, match_expression

MAX_POSTINGS = 4_000_000  # (rowid, score) pairs held, 16 bytes each: 64 MB at most
TERM_SQL = f"SELECT rowid, -bm25(chunks_fts, {HEADING_WEIGHT}, 1.0) FROM chunks_fts WHERE chunks_fts MATCH ?"

Postings = tuple[np.ndarray, np.ndarray]  # rowids (int64), the term's part of their score (float64)


class TermScores:
    def __init__(self, budget: int = MAX_POSTINGS) -> None:
        self._budget, self._held = budget, 0
        self._generation: str | None = None
        self._terms: OrderedDict[str, Postings] = OrderedDict()

    @property
    def held(self) -> int:
        """The (rowid, score) pairs held in memory."""
        return self._held

    def _postings(self, db: sqlite3.Connection, term: str) -> Postings:
        found = self._terms.get(term)
        if found is not None:
            self._terms.move_to_end(term)
            return found
        rows = db.execute(TERM_SQL, (match_expression([term]),)).fetchall()
        found = (np.fromiter((row[0] for row in rows), np.int64, len(rows)),
                 np.fromiter((row[1] for row in rows), np.float64, len(rows)))
        self._terms[term] = found
        self._held += len(rows)
        while self._held > self._budget and len(self._terms) > 1:
            _, (dropped, _) = self._terms.popitem(last=False)
            self._held -= len(dropped)
        return found

    def ranking(self, db: sqlite3.Connection, generation: str | None, terms: list[str], k: int,
                allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Best `k` (chunk id, BM25 score, higher is better) for an OR of normalised `terms`, only
        among `allowed` ids when given: what FTS5 returns for `-bm25(…)` of that query ordered by
        score then rowid."""
        if generation != self._generation:
            self._generation, self._held = generation, 0
            self._terms.clear()
        parts = [self._postings(db, term) for term in terms]
        top = max((int(ids[-1]) for ids, _ in parts if len(ids)), default=-1)
        if k <= 0 or top < 0:
            return []
        total = np.zeros(top + 1)
        matched = np.zeros(top + 1, bool)
        for ids, scores in parts:  # in the query's order, each row once per term: FTS5's additions
            total[ids] += scores
            matched[ids] = True
        if allowed is not None:
            kept = np.zeros(top + 1, bool)
            kept[allowed[allowed <= top]] = True
            matched &= kept
        candidates = np.flatnonzero(matched)
        scores = total[candidates]
        if len(candidates) > k:  # the k best, and all that tie with the k-th, then in order
            threshold = np.partition(scores, len(scores) - k)[len(scores) - k]
            candidates, scores = candidates[scores >= threshold], scores[scores >= threshold]
        order = np.lexsort((candidates, -scores))[:k]
        return [(int(candidates[i]), float(scores[i])) for i in order]
