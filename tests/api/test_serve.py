"""`delib serve --workers 2` as a real subprocess: keys from the environment, one index on disk shared
by the workers, and a `delib ingest` run beside it visible to every worker without restart."""
from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_support import LATER, READ_KEY, delib, free_port, wait_until_up


@pytest.fixture
def served(index_copy: Path) -> Iterator[str]:
    url_port = free_port()
    env = {**os.environ, "DELIB_READ_KEY": READ_KEY, "DELIB_API_KEY": ""}
    process = subprocess.Popen(delib("serve", "--port", str(url_port), "--workers", "2", "--index", str(index_copy)),
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{url_port}"
    try:
        wait_until_up(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(30)


def test_workers_share_the_index_and_see_a_cli_ingest(served: str, index_copy: Path, corpus_files: Path) -> None:
    with httpx.Client(base_url=served, headers={"X-API-Key": READ_KEY}, timeout=120) as http:
        assert httpx.get(f"{served}/deliberations").status_code == 401
        assert http.post("/documents", files={"files": ("a.txt", b"x")}).status_code == 403
        before = http.get("/deliberations").json()["total"]
        ingest = subprocess.run(delib("ingest", str(corpus_files / LATER), "--index", str(index_copy)),
                                capture_output=True, text=True, timeout=300)
        assert ingest.returncode == 0, ingest.stderr
        totals = {http.get("/deliberations").json()["total"] for _ in range(8)}  # several workers answer
        assert len(totals) == 1 and totals.pop() > before


def test_one_worker_serves_the_index_given_on_the_command_line(index_copy: Path, tmp_path: Path) -> None:
    """One worker runs inside the CLI's process, which has read its settings already: `--index`
    must still win over `$DELIB_INDEX`, as it does for separate worker processes."""
    port = free_port()
    env = {**os.environ, "DELIB_INDEX": str(tmp_path / "autre-index"), "DELIB_READ_KEY": "", "DELIB_API_KEY": ""}
    process = subprocess.Popen(delib("serve", "--port", str(port), "--workers", "1", "--index", str(index_copy)),
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, process)
        assert httpx.get(f"{url}/deliberations", timeout=120).json()["total"] > 0
    finally:
        process.terminate()
        process.wait(30)
