"""Ingest: incremental by content hash, prune, bad files reported, crash-safe under kill -9, and
answerable before the vectors are done (full text stands in for them, a kill loses none)."""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index import Index
from index import fulltext
from index import ingest as ingest_module
from index.backfill import fill_vectors
from index.store import FILE_NAME, Store
from index.vectors import VectorIndex

from tests.index.conftest import SMALL, copy_files

ROOT = Path(__file__).resolve().parents[2]
A, B, C = SMALL[0], SMALL[1], SMALL[2]


def _names(index: Index) -> list[str]:
    return sorted(doc.name for doc in index.documents())


def _faiss_matches_database(folder: Path) -> bool:
    """Whether the FAISS file on disk holds exactly the database's chunk ids."""
    store = Store(folder)
    try:
        return sorted(VectorIndex(folder, 384).ids().tolist()) == sorted(store.chunk_ids().tolist())
    finally:
        store.close()


def test_incremental_add_change_unchanged_prune(real_corpus, tmp_path, embedder):
    files = copy_files(real_corpus, tmp_path / "files", (A, B))
    index = Index.open(tmp_path / "index")
    first = index.ingest([files])
    assert sorted(first.added) == sorted([A, B]) and first.seances == 2 and first.chunks > 2
    version, chunks = index.version(), index.stats()["chunks"]

    again = index.ingest([files])
    assert sorted(again.unchanged) == sorted([A, B]) and not (again.added or again.updated)
    assert index.version() == version and index.stats()["chunks"] == chunks

    with open(files / B, "a", encoding="utf-8") as out:
        out.write("\nMention ajoutée : le registre est clos par le secrétaire zéphyrin.\n")
    changed = index.ingest([files])
    assert changed.updated == [B] and changed.unchanged == [A] and index.version() != version
    assert any("zéphyrin" in hit.text for hit in index.search("registre clos secrétaire zéphyrin"))

    (files / A).unlink()
    kept = index.ingest([files])
    assert kept.removed == [] and _names(index) == sorted([A, B])
    pruned = index.ingest([files], prune=True)
    assert pruned.removed == [A] and _names(index) == [B]
    assert all(hit.document_name == B for hit in index.search("nombre d'adjoints au maire", k=20))
    assert _faiss_matches_database(tmp_path / "index")
    index.close()


def test_bad_files_are_reported_and_the_rest_goes_on(real_corpus, tmp_path, embedder):
    files = copy_files(real_corpus, tmp_path / "files", (A,))
    (files / "vide.txt").write_text("  \n", encoding="utf-8")
    (files / "scan.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    (tmp_path / "notes.xyz").write_text("du texte", encoding="utf-8")
    index = Index.open(tmp_path / "index")
    progress: list[tuple[str, int, int]] = []
    report = index.ingest([files, tmp_path / "notes.xyz", tmp_path / "absent.txt"],
                          progress=lambda *args: progress.append(args))
    assert report.added == [A]
    failed = {Path(path).name: reason for path, reason in report.errors}
    assert set(failed) == {"vide.txt", "scan.pdf", "notes.xyz", "absent.txt"}
    assert all(reason for reason in failed.values())
    reading = [(done, total) for name, done, total in progress if name.startswith("lecture · ")]
    assert reading == [(1, 4), (2, 4), (3, 4), (4, 4)]
    embedding = [(done, total) for name, done, total in progress if name == "vecteurs"]
    assert embedding[0] == (0, report.chunks) and embedding[-1] == (report.chunks, report.chunks)
    assert len(reading) + len(embedding) == len(progress)
    index.close()


def test_same_document_id_from_two_files_is_refused(real_corpus, tmp_path, embedder):
    files = copy_files(real_corpus, tmp_path / "one", (A,))
    other = copy_files(real_corpus, tmp_path / "two", (A,))
    index = Index.open(tmp_path / "index")
    report = index.ingest([files, other])
    assert len(report.added) == 1 and len(report.errors) == 1
    assert "même identifiant" in report.errors[0][1]
    index.close()


CRASHING_INGEST = """
import os, signal, sys
from pathlib import Path
from index import Index

def die_after_second_file(name, done, total):
    if done == 2:
        os.kill(os.getpid(), signal.SIGKILL)

Index.open(Path(sys.argv[1])).ingest([Path(sys.argv[2])], progress=die_after_second_file)
"""


def test_kill_during_ingest_keeps_the_index_usable_and_a_rerun_completes(real_corpus, tmp_path,
                                                                        embedder):
    files, folder = copy_files(real_corpus, tmp_path / "files", (A, B)), tmp_path / "index"
    index = Index.open(folder)
    index.ingest([files])
    index.close()
    shutil.copy(real_corpus / C, files / C)
    with open(files / B, "a", encoding="utf-8") as out:
        out.write("\nMention ajoutée : séance levée à minuit par le maire zéphyrin.\n")

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    killed = subprocess.run([sys.executable, "-c", CRASHING_INGEST, str(folder), str(files)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert killed.returncode == -9, killed.stderr
    # B's new version was committed, C never started, the FAISS file was never saved.
    assert not _faiss_matches_database(folder)

    index = Index.open(folder)
    assert _names(index) == sorted([A, B])
    hits = index.search("séance levée à minuit par le maire zéphyrin", k=5)
    assert hits and "zéphyrin" in hits[0].text
    texts = {doc.id: doc.text for doc in index.documents()}
    assert all(texts[hit.document_id][hit.start:hit.end] == hit.text for hit in hits)

    rerun = index.ingest([files])
    assert rerun.added == [C] and sorted(rerun.unchanged) == sorted([A, B])
    assert _faiss_matches_database(folder)
    index.close()


def test_new_parser_or_chunker_reparses_and_reuses_vectors(real_corpus, tmp_path, embedder,
                                                           monkeypatch):
    files = copy_files(real_corpus, tmp_path / "files", (A,))
    index = Index.open(tmp_path / "index")
    index.ingest([files])
    before = [(h.start, h.end, h.heading) for h in index.search("adjoints", k=50)]
    monkeypatch.setattr(ingest_module, "pipeline", lambda: "another parser")
    monkeypatch.setattr(type(embedder), "passage", lambda self, texts: pytest.fail("re-embedded"))
    report = index.ingest([files])
    assert report.updated == [A]
    assert sorted((h.start, h.end, h.heading) for h in index.search("adjoints", k=50)) == sorted(before)
    assert index.ingest([files]).unchanged == [A]
    index.close()


def test_the_same_text_under_another_name_is_indexed_once(real_corpus, tmp_path):
    files = copy_files(real_corpus, tmp_path / "files", (A,))
    shutil.copy(files / A, files / "copie-du-registre.txt")
    index = Index.open(tmp_path / "index")
    report = index.ingest([files])
    assert len(report.added) == 1 and report.seances == 1
    assert any("même texte" in reason for _, reason in report.errors)
    assert len(index.documents()) == 1
    index.close()


def test_a_collectivity_given_at_ingest_wins_over_the_text_and_reparses_when_changed(real_corpus, tmp_path):
    files = copy_files(real_corpus, tmp_path / "files", (A,))
    index = Index.open(tmp_path / "index")
    index.ingest([files], collectivity="Commune de Neutreville")
    assert index.documents()[0].seance.collectivity_given == "Commune de Neutreville"
    again = index.ingest([files])
    assert again.updated == [A] and index.documents()[0].seance.collectivity_given is None
    index.close()


def test_stored_files_answer_before_their_vectors(real_corpus, tmp_path, embedder):
    """After the reading phase alone: records and full-text search are there, search ranks as
    full text does; the vector phase then fills in every chunk once."""
    files, folder = copy_files(real_corpus, tmp_path / "files", (A, C)), tmp_path / "index"
    store = Store(folder)
    store.set_meta(model=embedder.name, dim=str(embedder.dim))
    vectors = VectorIndex(folder, embedder.dim)
    report = ingest_module.read_files(store, vectors, embedder, [files])
    assert sorted(report.added) == sorted([A, C]) and len(vectors) == 0
    assert len(store.unembedded_ids()) == store.counts()["chunks"] == report.chunks

    index = Index.open(folder)
    assert _names(index) == sorted([A, C]) and index.stats()["chunks_without_vector"] == report.chunks
    assert any(doc.seance.deliberations for doc in index.documents())
    query = "Election du 3ème adjoint : résultat du vote"
    hits = index.search(query, k=5)
    terms = store.term_counts.selective(store.db, "t", fulltext.query_terms(query))
    assert [hit.chunk_id for hit in hits] == [i for i, _ in store.term_scores.ranking(store.db, "t", terms, 5)]

    assert fill_vectors(store, vectors, embedder) == report.chunks  # the two files share no chunk text
    assert len(store.unembedded_ids()) == 0 and sorted(vectors.ids()) == sorted(store.chunk_ids())
    assert fill_vectors(store, vectors, embedder) == 0
    assert index.search(query, k=5) and index.stats()["chunks_without_vector"] == 0
    index.close()
    store.close()


SLOW_INGEST = """
import sys, time
from pathlib import Path
from index import Index, backfill

backfill.BATCH = 2  # many small batches, so that the kill lands between two of them
index = Index.open(Path(sys.argv[1]))
encode = type(index.embedder).passage
type(index.embedder).passage = lambda self, texts: (time.sleep(0.3), encode(self, texts))[1]
index.ingest([Path(sys.argv[2])])
"""


def _vector_state(folder: Path) -> tuple[int, dict[int, bytes | None]]:
    """(documents stored, vector or None by chunk id), read as another process would."""
    db = sqlite3.connect(folder / FILE_NAME, timeout=30)
    try:
        documents = db.execute("SELECT count(*) FROM documents").fetchone()[0]
        return documents, dict(db.execute("SELECT id, vector FROM chunks"))
    finally:
        db.close()


def test_kill_during_the_vector_phase_loses_no_chunk_and_embeds_none_twice(real_corpus, tmp_path,
                                                                           embedder, monkeypatch):
    files, folder = copy_files(real_corpus, tmp_path / "files", (A, B, C)), tmp_path / "index"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", SLOW_INGEST, str(folder), str(files)], cwd=ROOT,
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    try:
        while True:  # wait until every file is stored and some, not all, vectors are committed
            assert child.poll() is None, child.stderr.read()
            assert time.monotonic() < deadline, "the vector phase never started"
            try:
                documents, chunks = _vector_state(folder)
            except sqlite3.OperationalError:  # not created yet
                documents, chunks = 0, {}
            if documents == 3 and 0 < sum(v is not None for v in chunks.values()) < len(chunks):
                break
            time.sleep(0.02)
        # fact data and full-text answers, while the child is still encoding
        reader = Index.open(folder)
        assert _names(reader) == sorted([A, B, C]) and reader.stats()["deliberations"] > 0
        assert reader.search("Election du 3ème adjoint", k=3)
        reader.close()
        assert child.poll() is None, "the ingest ended before it could be killed"
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stderr.close()

    _, before = _vector_state(folder)
    done = {i: v for i, v in before.items() if v is not None}
    waiting = sorted(i for i, v in before.items() if v is None)
    assert done and waiting
    index = Index.open(folder)
    assert _names(index) == sorted([A, B, C]) and index.stats()["chunks_without_vector"] == len(waiting)
    encoded: list[str] = []
    encode = type(embedder).passage
    monkeypatch.setattr(type(embedder), "passage",
                        lambda self, texts: (encoded.extend(texts), encode(self, texts))[1])
    rerun = index.ingest([files])
    assert sorted(rerun.unchanged) == sorted([A, B, C]) and rerun.embedded == len(encoded)

    _, after = _vector_state(folder)
    assert sorted(after) == sorted(before)  # no chunk lost, none added
    assert all(after[i] == vector for i, vector in done.items())  # kept, not embedded again
    assert all(after[i] is not None for i in waiting)
    hashes = dict(index._store.db.execute("SELECT id, content_hash FROM chunks"))
    owed = {hashes[i] for i in waiting} - {hashes[i] for i in done}
    assert sorted(hashlib.sha256(t.encode()).hexdigest() for t in encoded) == sorted(owed)
    ids = VectorIndex(folder, 384).ids().tolist()
    assert len(ids) == len(set(ids)) and _faiss_matches_database(folder)
    index.close()
