"""Uploads land under `<index>/uploads` with safe names and are ingested; re-ingests by another
process show up in a running server."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_support import LATER, UPLOAD_KEY, UPLOADED, served_index

from assistant.api.uploads import safe_name
from assistant.service import Assistant


@pytest.fixture
def writable(index_copy: Path) -> Iterator[httpx.Client]:
    with served_index(index_copy, api_key=UPLOAD_KEY) as url, \
            httpx.Client(base_url=url, headers={"X-API-Key": UPLOAD_KEY}, timeout=300) as http:
        yield http


def ids_listed(http: httpx.Client) -> set[str]:
    return {item["document_id"] for item in http.get("/deliberations", params={"limit": 500}).json()["items"]}


@pytest.mark.parametrize(("sent", "saved"), [
    ("../../etc/passwd", "passwd"), ("..\\..\\x.TXT", "x.txt"), ("délibération n°3.txt", "deliberation-n3.txt"),
    ("...", "document"), ("", "document"), (".hidden.txt", "hidden.txt"), ("a/b/../c.pdf", "c.pdf"),
])
def test_safe_name(sent: str, saved: str) -> None:
    assert safe_name(sent) == saved


def test_upload_is_saved_inside_and_ingested(writable: httpx.Client, index_copy: Path,
                                             corpus_files: Path) -> None:
    content = (corpus_files / UPLOADED).read_bytes()
    response = writable.post("/documents", files={"files": (f"../../{UPLOADED}", content, "text/plain")})
    assert response.status_code == 200, response.text
    assert response.json()["added"] == [UPLOADED]
    assert (index_copy / "uploads" / UPLOADED).read_bytes() == content
    assert not (index_copy.parent / UPLOADED).exists()
    assert Path(UPLOADED).stem in ids_listed(writable)
    again = writable.post("/documents", files={"files": (UPLOADED, content, "text/plain")})
    assert again.json()["unchanged"] == [UPLOADED]


def test_unreadable_upload_is_400_and_not_kept(writable: httpx.Client, index_copy: Path) -> None:
    response = writable.post("/documents", files={"files": ("vide.txt", b"", "text/plain")})
    assert response.status_code == 400 and response.json()["error"] == "nothing_ingested"
    assert "vide.txt" in response.json()["message"]
    assert not (index_copy / "uploads" / "vide.txt").exists()


def test_partial_upload_reports_the_bad_file(writable: httpx.Client, corpus_files: Path) -> None:
    files = [("files", (UPLOADED, (corpus_files / UPLOADED).read_bytes(), "text/plain")),
             ("files", ("notes.exe", b"MZ\x00\x01binaire", "application/octet-stream"))]
    response = writable.post("/documents", files=files)
    assert response.status_code == 200, response.text
    summary = response.json()
    assert summary["added"] == [UPLOADED] and [e["path"] for e in summary["errors"]] == ["notes.exe"]


def test_upload_without_files_is_422(writable: httpx.Client) -> None:
    assert writable.post("/documents", data={"autre": "x"}).status_code == 422


def test_upload_over_20_megabytes_is_413(writable: httpx.Client) -> None:
    response = writable.post("/documents", files={"files": ("gros.txt", b"a" * (21 * 1024 * 1024))})
    assert response.status_code == 413 and response.json()["error"] == "body_too_large"


def test_reingest_by_another_process_is_seen_without_restart(index_copy: Path, corpus_files: Path) -> None:
    with served_index(index_copy) as url, httpx.Client(base_url=url, timeout=120) as http:
        assert Path(LATER).stem not in ids_listed(http)
        other = Assistant.open(index_copy)
        try:
            assert other.ingest([corpus_files / LATER]).added == [LATER]
        finally:
            other.close()
        assert Path(LATER).stem in ids_listed(http)
        results = http.get("/search", params={"q": "nombre d'adjoints", "document": Path(LATER).stem}).json()
        assert results["results"], results
