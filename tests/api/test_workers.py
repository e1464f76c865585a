"""Follow-ups across the workers of a real `delib serve --workers 2`: conversation memory is shared.

Every request goes over a fresh connection, so the two workers take turns at random; a follow-up
that names nothing ("et qui était secrétaire ?") must be understood whichever one receives it.
"""
from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_support import delib, free_port, wait_until_up

SESSIONS = 20
FIRST = "Qui présidait le conseil métropolitain de Dijon le 17 septembre 2020 ?"
FOLLOW_UP = "et qui était secrétaire ?"
WHOLE = "Qui était secrétaire du conseil métropolitain de Dijon le 17 septembre 2020 ?"


@pytest.fixture
def two_workers(index_copy: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    port = free_port()
    env = {**os.environ, "DELIB_READ_KEY": "", "DELIB_API_KEY": ""}
    process = subprocess.Popen(delib("serve", "--port", str(port), "--workers", "2", "--index", str(index_copy)),
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, process)
        yield url, process
    finally:
        process.terminate()
        process.wait(30)


def ask(url: str, question: str, session_id: str | None = None) -> dict:
    """One question over a connection of its own (no keep-alive: any worker may accept it)."""
    response = httpx.post(f"{url}/ask", json={"question": question, "session_id": session_id}, timeout=120)
    assert response.status_code == 200, response.text
    return response.json()


def worker_writes(server: subprocess.Popen) -> dict[int, int]:
    """Bytes written so far by each worker process of `server` (Linux /proc; {} where unreadable).

    An answered turn writes its session row (a page of the sessions file, 4 KiB at least) and the
    response; an idle worker writes a few bytes a second at most.
    """
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children")
    written: dict[int, int] = {}
    try:
        for pid in map(int, children.read_text().split()):
            if b"spawn_main" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                continue  # multiprocessing's resource tracker, not a worker
            io = dict(line.split(": ") for line in Path(f"/proc/{pid}/io").read_text().splitlines())
            written[pid] = int(io["wchar"])
    except OSError:
        return {}
    return written


def sources(answer: dict) -> set[str]:
    return {citation["id"].split("@")[0] for citation in answer["citations"]}


def test_every_follow_up_keeps_its_context_on_either_worker(two_workers: tuple[str, subprocess.Popen]) -> None:
    url, server = two_workers
    whole = ask(url, WHOLE)  # the same question asked in full: what each follow-up must answer
    assert whole["answered"] and "WALIDI-ALAOUI" in whole["answer"], whole
    assert not ask(url, FOLLOW_UP, uuid.uuid4().hex)["answered"]  # a new session has no context

    before = worker_writes(server)
    for _ in range(SESSIONS):
        session = uuid.uuid4().hex
        first = ask(url, FIRST, session)
        follow = ask(url, FOLLOW_UP, session)
        assert first["answered"] and sources(first), first
        assert follow["answered"] and follow["kind"] == whole["kind"], follow
        assert follow["answer"] == whole["answer"] and follow["citations"] == whole["citations"], follow
        assert sources(follow) <= sources(first)  # the séance the first answer was about
    after = worker_writes(server)

    if before and after:  # both workers answered some of the 40 turns: memory crossed between them
        busy = [pid for pid, written in after.items() if written - before.get(pid, written) >= 4096]
        assert len(after) == 2 and len(busy) == 2, (before, after)
