"""The pieces of retrieval: French normalisation, fusion, the FAISS mirror's reconciliation."""
from __future__ import annotations

import numpy as np
import pytest

from index import fulltext
from index.fusion import reciprocal_rank_fusion, with_stand_ins
from index.store import Store
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


def test_a_filtered_fulltext_search_ranks_alike_both_ways(small_index):
    """Listed-id lookups (short list) and reading the ranked matches (long list) agree."""
    store = Store(small_index.folder)
    terms = fulltext.query_terms("subvention vote budget déneigement conseil")
    ids = [row[0] for row in store.db.execute("SELECT id FROM chunks ORDER BY id")]
    allowed = ids[: max(2, len(ids) // 2)]
    by_lookup = fulltext.search(store.db, terms, 10, allowed, matches=10**9)
    by_reading = fulltext.search(store.db, terms, 10, allowed, matches=0)
    assert by_lookup and [i for i, _ in by_lookup] == [i for i, _ in by_reading]
    assert set(i for i, _ in by_lookup) <= set(allowed)
    assert fulltext.search(store.db, terms, 10, [], matches=0) == []
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
    assert fulltext.search(store.db, ["deneigement"], 3)
    store.close()
