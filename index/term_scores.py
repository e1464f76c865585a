"""Full-text ranking a term at a time: FTS5's BM25, exactly, without scoring every match anew.

FTS5 scores each row an OR query matches (its bm25 costs ~1 µs a row): at 2·10^5 chunks a question
of six words matches 10^5 rows and its ranking took 60–100 ms, most of a search. But BM25 is a sum
over the query's terms of a part that depends only on the term and the row (the term's idf, its
weighted frequency in the row, the row's length against the average), and FTS5's bm25 of a one-term
query is exactly that part. So each term's parts are read once (`-bm25(…)` of `MATCH '"term"'`)
and kept as arrays; a query's scores are their sums, added in the query's term order as FTS5 adds
them (the same doubles: the same scores, the same ranking, ties by rowid as `fulltext` orders them).

The terms that cost most to read are the frequent ones (35–60 ms for a term of 5·10^4–10^5 chunks),
and those are the ones queries repeat (a town, a year, "budget", "subvention"). So an ingest writes
the arrays of the archive's most frequent terms beside the index (`persist`), one file per term in
a folder named for the index's generation: every process then loads a frequent term's part in about
a millisecond instead of scoring its rows, and the files of an older generation are removed with
it (the parts change with every write: N, the average length and the term's own count move). In
memory, held postings are bounded, the least recently used term leaving first, and everything is
dropped when the index changes (its `generation`).
"""
from __future__ import annotations

import shutil
import sqlite3
from collections import OrderedDict
from pathlib import Path

import numpy as np

from index.fulltext import HEADING_WEIGHT, match_expression

# a filter allowing fewer rows than 1/SPARSE_SHARE of the archive is summed row by row
SPARSE_SHARE = 50
MAX_POSTINGS = 4_000_000  # (rowid, score) pairs held, 16 bytes each: 64 MB at most
TERM_SQL = f"SELECT rowid, -bm25(chunks_fts, {HEADING_WEIGHT}, 1.0) FROM chunks_fts WHERE chunks_fts MATCH ?"
FOLDER = "term_scores"  # beside index.sqlite: FOLDER/<generation>/<term>.npz
# written at ingest: the most frequent terms first, down to those held by this many chunks (a
# rarer term reads in a few milliseconds), up to twice as many postings as memory holds (128 MB
# of files: every such term of a 10^4-séance archive, 6.4M postings)
MIN_PERSISTED = 2_000
PERSISTED_POSTINGS = 2 * MAX_POSTINGS

Postings = tuple[np.ndarray, np.ndarray]  # rowids (int64), the term's part of their score (float64)


def read_postings(db: sqlite3.Connection, term: str) -> Postings:
    """A term's part of the BM25 score of every chunk that holds it, as FTS5 computes it now."""
    rows = db.execute(TERM_SQL, (match_expression([term]),)).fetchall()
    return (np.fromiter((row[0] for row in rows), np.int64, len(rows)),
            np.fromiter((row[1] for row in rows), np.float64, len(rows)))


def persist(db: sqlite3.Connection, generation: str, folder: Path) -> int:
    """Write the parts of the most frequent terms for `generation` under `folder`/FOLDER (terms
    in more than half of the chunks are left out of queries, so out of the files too), unless they
    are there already; remove older generations' files. The number of terms written."""
    root = folder / FOLDER
    target = root / generation
    if target.is_dir():
        return 0
    total = db.execute("SELECT count(*) FROM chunks").fetchone()[0]
    building = root / f".{generation}.partial"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    written = postings = 0
    for term, count in db.execute("SELECT term, doc FROM chunks_vocab WHERE doc >= ? AND 2 * doc <= ? "
                                  "ORDER BY doc DESC, term", (MIN_PERSISTED, total)).fetchall():
        if postings + count > PERSISTED_POSTINGS:
            break
        ids, scores = read_postings(db, term)
        np.savez(building / f"{term}.npz", ids=ids, scores=scores)
        written, postings = written + 1, postings + count
    building.rename(target)  # readers see the whole folder or none of it
    for other in root.iterdir():
        if other.name != generation and not other.name.startswith("."):
            shutil.rmtree(other, ignore_errors=True)
    return written


class TermScores:
    def __init__(self, folder: Path | None = None, budget: int = MAX_POSTINGS) -> None:
        self._folder, self._budget, self._held = folder, budget, 0
        self._generation: str | None = None
        self._terms: OrderedDict[str, Postings] = OrderedDict()

    @property
    def held(self) -> int:
        """The (rowid, score) pairs held in memory."""
        return self._held

    def _stored(self, term: str) -> Postings | None:
        """The term's parts as the ingest of this generation wrote them, if it did."""
        if self._folder is None or self._generation is None:
            return None
        try:
            with np.load(self._folder / FOLDER / self._generation / f"{term}.npz") as stored:
                return stored["ids"], stored["scores"]
        except (FileNotFoundError, NotADirectoryError):  # a rare term, or a generation left behind
            return None

    def _postings(self, db: sqlite3.Connection, term: str) -> Postings:
        found = self._terms.get(term)
        if found is not None:
            self._terms.move_to_end(term)
            return found
        found = self._stored(term) or read_postings(db, term)
        self._terms[term] = found
        self._held += len(found[0])
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
        if allowed is not None and len(allowed) * SPARSE_SHARE < top:
            candidates, scores = _summed_among(parts, np.unique(allowed))
        else:
            candidates, scores = _summed(parts, top, allowed)
        if len(candidates) > k:  # the k best, and all that tie with the k-th, then in order
            threshold = np.partition(scores, len(scores) - k)[len(scores) - k]
            candidates, scores = candidates[scores >= threshold], scores[scores >= threshold]
        order = np.lexsort((candidates, -scores))[:k]
        return [(int(candidates[i]), float(scores[i])) for i in order]


def _summed(parts: list[Postings], top: int, allowed: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """(rows matched, their scores) over arrays as long as the archive's rowids."""
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
    return candidates, total[candidates]


def _summed_among(parts: list[Postings], allowed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The same for a few `allowed` rows (sorted, unique), found in each term's sorted rowids: a
    search inside one séance touches its few dozen chunks, not 10^5 rows per term. Each row's
    parts are added in the same order, so its score is the same double."""
    total = np.zeros(len(allowed))
    matched = np.zeros(len(allowed), bool)
    for ids, scores in parts:
        at = np.minimum(np.searchsorted(ids, allowed), max(len(ids) - 1, 0))
        held = ids[at] == allowed if len(ids) else np.zeros(len(allowed), bool)
        total[held] += scores[at[held]]
        matched |= held
    return allowed[matched], total[matched]
