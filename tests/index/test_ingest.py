"""Ingest: incremental by content hash, prune, bad files reported, crash-safe under kill -9."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from index import Index
from index import ingest as ingest_module
from index.store import Store
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
    assert [done for _, done, _ in progress] == [1, 2, 3, 4] and {t for *_, t in progress} == {4}
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
