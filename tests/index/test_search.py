"""Search: hits carry exact offsets, the right kinds and headings; filters narrow both retrievers."""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from corpus.models import Date, Document, Seance, Span, Text
from index import Index, SearchFilters
from index.chunking import chunk_document, indexed_text
from index.store import Store

from tests.conftest import parsed
from tests.index.conftest import SMALL


def test_every_stored_chunk_is_its_document_slice(small_index):
    texts = {doc.id: doc.text for doc in small_index.documents()}
    count = small_index.stats()["chunks"]
    for chunk_id in range(1, count + 1):
        hit = small_index.chunk(chunk_id)
        assert hit is not None and hit.text == texts[hit.document_id][hit.start:hit.end]
        assert hit.kind in {"header", "attendance", "vote", "text"}


def test_search_finds_the_deliberation_asked_about(small_index):
    hits = small_index.search("Election du 3ème adjoint à Couthenans : résultat du vote", k=5)
    assert hits and len(hits) <= 5
    assert hits[0].document_name == "couthenans_2021-11-26_compte-rendu.txt"
    assert any("Anne-Marie : 11 votes" in hit.text for hit in hits)
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)
    for hit in hits:
        assert small_index.document_text(hit.document_id)[hit.start:hit.end] == hit.text


def test_documents_come_back_as_parsed(small_index):
    stored = {doc.name: doc for doc in small_index.documents()}
    assert sorted(stored) == sorted(SMALL)
    for name in SMALL:
        assert stored[name] == parsed(name)
        assert small_index.document(parsed(name).id) == parsed(name)
    assert small_index.document("nope") is None and small_index.document_text("nope") is None
    assert small_index.chunk(10**9) is None


def test_stats_and_version(small_index):
    stats = small_index.stats()
    assert stats["documents"] == len(SMALL) and stats["chunks"] > stats["documents"]
    assert stats["model"] == "e5-small" and stats["dim"] == 384
    assert small_index.version() == small_index.version()


def test_empty_query_and_empty_index(tmp_path, embedder):
    index = Index.open(tmp_path / "new")
    assert index.search("budget") == [] and index.search("  ") == []
    assert index.documents() == [] and index.stats()["documents"] == 0
    index.close()


def _document(name: str, day: dt.date, collectivity: str, body: str, text: str) -> Document:
    seance = Seance(span=Span(0, len(text)), date=Date(day, Span(0, 1)),
                    collectivity=Text(collectivity, Span(0, 1)), body=Text(body, Span(0, 1)))
    return Document(id=Path(name).stem, name=name, text=text, format="txt", seance=seance,
                    sha256=hashlib.sha256(text.encode()).hexdigest())


@pytest.fixture(scope="module")
def filtered_index(tmp_path_factory, embedder):
    """Three séances with known facts, written through the store (no parser involved)."""
    folder = tmp_path_factory.mktemp("filters")
    store = Store(folder)
    text = "Le conseil attribue une subvention de 2 000 € au club de football de la commune."
    for doc in (_document("a.txt", dt.date(2020, 9, 17), "Dijon Métropole", "Conseil Métropolitain", text),
                _document("b.txt", dt.date(2014, 4, 24), "Montpellier", "Conseil Municipal", text),
                _document("c.txt", dt.date(2022, 12, 5), "Putanges-le-Lac", "Conseil municipal", text)):
        chunks = chunk_document(doc)
        texts = [indexed_text(c.heading, doc.text[c.start:c.end]) for c in chunks]
        hashes = [hashlib.sha256(t.encode()).hexdigest() for t in texts]
        store.replace_document(doc, folder / doc.name, doc.sha256, "test", chunks, hashes,
                               embedder.passage(texts))
    store.close()
    index = Index.open(folder)
    yield index
    index.close()


@pytest.mark.parametrize("filters, names", [
    (None, {"a.txt", "b.txt", "c.txt"}),
    (SearchFilters(collectivity="DIJON metropole"), {"a.txt"}),
    (SearchFilters(collectivity="métropole"), {"a.txt"}),
    (SearchFilters(collectivity="putanges le lac"), {"c.txt"}),
    (SearchFilters(body="conseil municipal"), {"b.txt", "c.txt"}),
    (SearchFilters(date_from=dt.date(2015, 1, 1)), {"a.txt", "c.txt"}),
    (SearchFilters(date_from=dt.date(2020, 9, 17), date_to=dt.date(2020, 9, 17)), {"a.txt"}),
    (SearchFilters(document="b.txt"), {"b.txt"}),
    (SearchFilters(document="c"), {"c.txt"}),
    (SearchFilters(collectivity="Lannion"), set()),
])
def test_filters(filtered_index, filters, names):
    hits = filtered_index.search("subvention au club de football", k=10, filters=filters)
    assert {hit.document_name for hit in hits} == names


def test_rarity_is_measured_over_the_whole_archive(small_index):
    """A word few passages print ("intermittents") weighs more than one most print ("conseil"); a
    word the archive never prints has none; plural and accents meet their stored form."""
    rarity = small_index.rarity(["intermittents", "conseil", "zygomatique", "Intermittent"])
    assert rarity["intermittents"] > rarity["conseil"] >= 0
    assert rarity["zygomatique"] is None
    assert rarity["Intermittent"] == rarity["intermittents"]
