"""Helpers of the API tests: real uvicorn servers on loopback ports, the files the tests ingest."""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import uvicorn
from fastapi import FastAPI

from assistant.api.app import create_app
from assistant.api.deps import ApiSettings
from assistant.service import Assistant

SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "sample"
INITIAL = ("couthenans_2023-02-24_compte-rendu.txt", "montpellier_2014-04-24_taux-imposition-2014.txt")
LATER = "montpellier_2014-04-05_nombre-adjoints.txt"  # ingested while a server runs
UPLOADED = "montpellier_2014-05-22_voeu-intermittents.txt"
READ_KEY, UPLOAD_KEY = "cle-de-lecture", "cle-d-envoi"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """Run `app` under a real uvicorn server in a thread; yield its base URL."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def wait_until_up(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("server did not answer /healthz")


@contextmanager
def served_index(index_dir: Path, **keys: str | None) -> Iterator[str]:
    """A thread server on its own Assistant over `index_dir`, with the given keys."""
    assistant = Assistant.open(index_dir)
    settings = ApiSettings(upload_dir=index_dir / "uploads", **keys)
    try:
        with serving(create_app(assistant, settings)) as url:
            yield url
    finally:
        assistant.close()


def delib(*args: str) -> list[str]:
    """The `delib` console script beside this interpreter, as a subprocess command."""
    return [str(Path(sys.executable).with_name("delib")), *args]
