"""Fixtures of the TUI tests: a real index of the bundled sample, built once per session, and
helpers to let the app's thread workers finish before asserting."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot

from assistant.service import Assistant

SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "sample"
QUESTION = "Qui présidait le conseil métropolitain de Dijon le 17 septembre 2020 ?"


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    """Async tests run with anyio's pytest plugin (installed with httpx), on asyncio."""
    return "asyncio"


@pytest.fixture(scope="session")
def sample_assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    assistant = Assistant.open(tmp_path_factory.mktemp("tui-index"))
    assistant.ingest([SAMPLE])
    yield assistant
    assistant.close()


class Recorder:
    """The service, with every call recorded: tests check what the app asked, not only what it drew."""

    def __init__(self, service: Any) -> None:
        self.service = service
        self.calls: list[tuple[str, tuple, dict]] = []

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.service, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args, kwargs))
            return method(*args, **kwargs)
        return call

    def asked(self) -> list[tuple[str, str | None]]:
        """(question, session id) of each `ask`."""
        return [(args[0], kwargs.get("session_id")) for name, args, kwargs in self.calls if name == "ask"]


@pytest.fixture
def recorder(sample_assistant: Assistant) -> Recorder:
    return Recorder(sample_assistant)


async def settle(app: App, pilot: Pilot) -> None:
    """Wait until no worker runs and the widgets they mounted are drawn (workers may chain)."""
    for _ in range(4):
        await app.workers.wait_for_complete()
        await pilot.pause()
