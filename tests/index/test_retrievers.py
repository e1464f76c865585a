"""The pieces of retrieval: French normalisation, fusion, the FAISS mirror's reconciliation."""
from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from index import fulltext, term_scores
from index.fusion import reciprocal_rank_fusion, with_stand_ins
from index.store import Store
from index.term_scores import TermScores
from index.vectors import VectorIndex


@pytest.mark.parametrize("left, right", [
    ("l’abstention", "abstentions"),
    ("Qu'il", "il"),
    ("désignée", "désigné"),
    ("conseillère", "conseillers"),
    ("ÉLUS", "élue"),
    ("2 000 €", "2000"),
    ("300.000,00", "300000,0"),
    ("05/12/2022", "5/12/2022"),
])
def test_french_normalisation_makes_variants_meet(left, right):
    assert fulltext.normalise(left) == fulltext.normalise(right)


def test_query_keeps_content_words_once():
    terms = fulltext.query_terms("Qui a voté contre le vote du budget ?")
    assert terms == ["vot", "cont", "budget"]
    assert fulltext.match_expression(terms) == '"vot" OR "cont" OR "budget"'
    assert fulltext.query_terms("qui est-ce ?") == [] and fulltext.match_expression([]) is None


def test_terms_in_most_chunks_are_left_out_of_queries(small_index):
    store = Store(small_index.folder)
    terms = fulltext.query_terms("séance du conseil municipal : déneigement")
    kept = store.term_counts.selective(store.db, "g", terms)
    assert "deneigement" in kept and "conseil" not in kept
    assert store.term_counts.selective(store.db, "g", ["conseil"]) == ["conseil"]
    store.close()


def test_term_at_a_time_ranking_is_fts5_own_bm25_ranking(small_index):
    """Summing each term's remembered part gives FTS5's scores of the OR query, to the bit, in its
    order (ties by rowid), with and without a filter, from a cold and from a warm memory."""
    store = Store(small_index.folder)
    terms = fulltext.query_terms("subvention vote budget déneigement conseil")
    fts5 = store.db.execute(
        f"SELECT rowid, -bm25(chunks_fts, {fulltext.HEADING_WEIGHT}, 1.0) AS score FROM chunks_fts "
        "WHERE chunks_fts MATCH ? ORDER BY score DESC, rowid", (fulltext.match_expression(terms),)).fetchall()
    scores = TermScores()
    assert fts5 and scores.ranking(store.db, "g", terms, 10) == fts5[:10]
    assert scores.ranking(store.db, "g", terms, len(fts5) + 5) == fts5  # now from memory
    allowed = np.array([row[0] for row in store.db.execute("SELECT id FROM chunks ORDER BY id")][::3])
    assert scores.ranking(store.db, "g", terms, 10, allowed) == [row for row in fts5 if row[0] in set(allowed)][:10]
    assert scores.ranking(store.db, "g", terms, 10, np.array([], np.int64)) == []
    assert scores.ranking(store.db, "g", [], 10) == []
    store.close()


@pytest.mark.parametrize("share", [0, 10**9])  # summed row by row among the allowed, or over all rows
def test_a_filtered_ranking_is_fts5_ranking_of_the_allowed_rows(small_index, monkeypatch, share):
    monkeypatch.setattr(term_scores, "SPARSE_SHARE", share)
    store = Store(small_index.folder)
    terms = fulltext.query_terms("subvention vote budget déneigement conseil adjoint")
    fts5 = store.db.execute(
        f"SELECT rowid, -bm25(chunks_fts, {fulltext.HEADING_WEIGHT}, 1.0) AS score FROM chunks_fts "
        "WHERE chunks_fts MATCH ? ORDER BY score DESC, rowid", (fulltext.match_expression(terms),)).fetchall()
    ids = [row[0] for row in store.db.execute("SELECT id FROM chunks ORDER BY id")]
    for allowed in (ids[::4], ids[-3:][::-1] + [ids[-1], 10**6], [ids[0]], [10**6]):
        expected = [row for row in fts5 if row[0] in set(allowed)][:5]
        assert TermScores().ranking(store.db, "g", terms, 5, np.array(allowed)) == expected
    assert TermScores().ranking(store.db, "g", terms + ["zzzz"], 5, np.array(ids[:6])) == \
        [row for row in fts5 if row[0] in set(ids[:6])][:5]  # a term no row holds
    store.close()


def test_term_memory_stays_within_its_budget(small_index):
    store = Store(small_index.folder)
    terms = fulltext.query_terms("subvention vote budget déneigement conseil")
    small = TermScores(budget=1)
    ranked = small.ranking(store.db, "g", terms, 10)
    assert ranked == TermScores().ranking(store.db, "g", terms, 10)  # evicting changes no result
    assert 0 < small.held == len(small.ranking(store.db, "g", terms[-1:], 10**6))  # the last term only
    store.close()


def test_frequent_terms_written_once_rank_as_fts5_does(small_index, tmp_path, monkeypatch):
    """The parts an ingest writes for the most frequent terms are FTS5's own: a ranking read from
    the files alone (the database closed) is FTS5's ranking; a later generation's files replace them."""
    monkeypatch.setattr(term_scores, "MIN_PERSISTED", 2)
    store = Store(small_index.folder)
    total = store.db.execute("SELECT count(*) FROM chunks").fetchone()[0]
    counted = store.db.execute("SELECT term, doc FROM chunks_vocab WHERE doc >= 2 AND 2 * doc <= ? "
                               "ORDER BY doc DESC, term", (total,)).fetchall()
    frequent = [term for term, _ in counted]
    assert term_scores.persist(store.db, "g1", tmp_path) == len(frequent) > 3
    assert term_scores.persist(store.db, "g1", tmp_path) == 0  # written already
    terms = frequent[:2] + frequent[-2:]
    fts5 = store.db.execute(
        f"SELECT rowid, -bm25(chunks_fts, {fulltext.HEADING_WEIGHT}, 1.0) AS score FROM chunks_fts "
        "WHERE chunks_fts MATCH ? ORDER BY score DESC, rowid", (fulltext.match_expression(terms),)).fetchall()
    closed = sqlite3.connect(":memory:")
    closed.close()
    assert TermScores(tmp_path).ranking(closed, "g1", terms, len(fts5)) == fts5
    # as many postings as fit, most frequent first
    monkeypatch.setattr(term_scores, "PERSISTED_POSTINGS", counted[0][1] + counted[1][1])
    assert term_scores.persist(store.db, "g2", tmp_path) == 2
    assert [p.name for p in (tmp_path / term_scores.FOLDER).iterdir()] == ["g2"]
    assert TermScores(tmp_path).ranking(store.db, "g2", terms, 10) == fts5[:10]  # files and the database
    store.close()


def test_an_ingest_writes_the_frequent_terms_of_its_generation(small_index):
    store = Store(small_index.folder)
    assert [p.name for p in (small_index.folder / term_scores.FOLDER).iterdir()] == [store.meta("generation")]
    store.close()


def test_reciprocal_rank_fusion_rewards_agreement():
    fused = reciprocal_rank_fusion([[1, 2, 3], [3, 2, 4]], k=10)
    assert [item for item, _ in fused] == [3, 2, 1, 4]
    weighted = reciprocal_rank_fusion([[1], [2]], weights=[0.5, 1.0], k=10)
    assert [item for item, _ in weighted] == [2, 1]


def test_items_a_ranking_lacks_stand_in_at_their_rank_in_the_other():
    # 9, 8 and 7 have no vector yet: they take the places full text gives them
    assert with_stand_ins([1, 2, 3], [9, 1, 8, 7], {9, 8, 7}) == [9, 1, 8, 7, 2, 3]
    assert with_stand_ins([], [9, 1, 8, 7], {9, 8, 7}) == [9, 8, 7]
    assert with_stand_ins([1, 2, 3], [4, 5], set()) == [1, 2, 3]
    assert with_stand_ins([1], [5, 6, 7, 8, 9], {7, 9}) == [1, 7, 9]


def test_vector_mirror_catches_up_with_the_database(tmp_path):
    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((5, 8)).astype(np.float32)
    index = VectorIndex(tmp_path, 8)
    assert index.dirty
    index.add(np.array([1, 2, 3]), vectors[:3])
    index.save()
    assert not index.dirty and len(VectorIndex(tmp_path, 8)) == 3
    stale = VectorIndex(tmp_path, 8)
    stale.reconcile(np.array([2, 3, 4, 5]), lambda ids: vectors[ids - 1])
    assert sorted(stale.ids().tolist()) == [2, 3, 4, 5] and stale.dirty
    best, score = stale.search(vectors[3], 1)[0]
    assert best == 4 and score == pytest.approx(float(vectors[3] @ vectors[3]), rel=1e-4)
    assert {i for i, _ in stale.search(vectors[3], 4, allowed=np.array([2, 5]))} == {2, 5}
    assert len(VectorIndex(tmp_path, 4)) == 0  # a file of another dimension is not used


def test_fulltext_is_reindexed_when_the_normalisation_changes(small_index, monkeypatch):
    hits = small_index.search("déneigement", k=3)
    assert hits
    monkeypatch.setattr(fulltext, "VERSION", "test")
    store = Store(small_index.folder)
    assert store.meta("fulltext") == "test"
    assert store.term_scores.ranking(store.db, store.meta("generation"), ["deneigement"], 3)
    store.close()
