"""Keys: reads open by default and behind DELIB_READ_KEY when set; uploads only with DELIB_API_KEY."""
from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from api_support import READ_KEY, UPLOAD_KEY, UPLOADED, served_index

READS = [("GET", "/deliberations"), ("GET", "/members"), ("GET", "/search?q=vote"),
         ("GET", "/export/scdl"), ("GET", "/documents/x/text"), ("GET", "/citations/x@0-1"),
         ("POST", "/ask")]


@pytest.mark.parametrize(("method", "path"), READS)
def test_reads_need_the_read_key_when_set(keyed_url: str, method: str, path: str) -> None:
    body = {"question": "Qui présidait ?"} if method == "POST" else None
    missing = httpx.request(method, keyed_url + path, json=body, timeout=60)
    wrong = httpx.request(method, keyed_url + path, json=body, headers={"X-API-Key": "faux"}, timeout=60)
    assert (missing.status_code, missing.json()["error"]) == (401, "missing_api_key")
    assert (wrong.status_code, wrong.json()["error"]) == (401, "wrong_api_key")
    right = httpx.request(method, keyed_url + path, json=body, headers={"X-API-Key": READ_KEY}, timeout=60)
    assert right.status_code in (200, 404), right.text


def test_healthz_stays_open(keyed_url: str) -> None:
    assert httpx.get(f"{keyed_url}/healthz").status_code == 200


def test_reads_are_open_without_a_read_key(client: httpx.Client) -> None:
    assert client.get("/deliberations").status_code == 200


def test_uploads_refused_without_a_configured_key(client: httpx.Client) -> None:
    response = client.post("/documents", files={"files": ("a.txt", b"texte")}, headers={"X-API-Key": "x"})
    assert response.status_code == 403 and response.json()["error"] == "uploads_disabled"
    assert "DELIB_API_KEY" in response.json()["message"]


def test_uploads_need_the_right_key(index_copy: Path, corpus_files: Path) -> None:
    files = {"files": (UPLOADED, (corpus_files / UPLOADED).read_bytes(), "text/plain")}
    with served_index(index_copy, api_key=UPLOAD_KEY) as url:
        missing = httpx.post(f"{url}/documents", files=files)
        wrong = httpx.post(f"{url}/documents", files=files, headers={"X-API-Key": READ_KEY})
        assert (missing.status_code, wrong.status_code) == (401, 401)
        assert not (index_copy / "uploads" / UPLOADED).exists()
        right = httpx.post(f"{url}/documents", files=files, headers={"X-API-Key": UPLOAD_KEY}, timeout=300)
        assert right.status_code == 200, right.text
