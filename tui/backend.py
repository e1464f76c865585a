"""The assistant behind the app, opened once in the background and shared by every screen.

Opening the local index (and its embedding model) or reaching a server takes a moment, and the app
must be usable at once: screens ask `Backend.get()` from their worker threads, which blocks only
that worker until the service is open, so a question typed during start-up simply waits its turn.
The app sees the in-process `Assistant` and the HTTP `AssistantClient` through one `Service`
protocol, which is why the TUI never needs to know which one it drives.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from assistant.models import (Answer, CitationView, DeliberationDetail, DeliberationPage, DocumentText,
                              Health, IngestSummary, MemberDetail, MemberPage)


class Service(Protocol):
    """What the TUI uses of `Assistant` (and of `AssistantClient`, which mirrors it)."""

    def ask(self, question: str, session_id: str | None = None, id: str | None = None) -> Answer: ...
    def citation(self, citation_id: str) -> CitationView: ...
    def document_text(self, document_id: str) -> DocumentText: ...
    def deliberations(self, *, q: str | None = None, offset: int = 0, limit: int = 50) -> DeliberationPage: ...
    def deliberation(self, deliberation_id: str) -> DeliberationDetail: ...
    def members(self, *, q: str | None = None, offset: int = 0, limit: int = 50) -> MemberPage: ...
    def member(self, member_id: str) -> MemberDetail: ...
    def health(self) -> Health: ...
    def ingest(self, paths: list[Path], prune: bool = False,
               progress: Callable[[str, int, int], None] | None = None) -> IngestSummary: ...
    def close(self) -> None: ...


class Backend:
    def __init__(self, opener: Callable[[], Service], description: str, owned: bool = True) -> None:
        self._opener = opener
        self.description = description
        self._owned = owned  # a service handed in by the caller is closed by the caller
        self._service: Service | None = None
        self._error: BaseException | None = None
        self._settled = threading.Event()

    def open(self) -> Health:
        """Open the service if needed (worker thread) and return its health; errors are kept for
        the workers waiting in `get`, then raised."""
        try:
            if self._service is None:
                self._service = self._opener()
            health = self._service.health()
        except BaseException as exc:
            self._error = exc
            raise
        finally:
            self._settled.set()
        self._error = None
        return health

    def get(self) -> Service:
        """The open service, waiting for it if it is still opening; the opening error otherwise."""
        self._settled.wait()
        if self._error is not None:
            raise self._error
        assert self._service is not None
        return self._service

    @property
    def ready(self) -> bool:
        return self._settled.is_set() and self._error is None

    def retry(self) -> None:
        """Make the next `get` wait for a fresh `open` (after the user asked to retry)."""
        self._error = None
        self._settled.clear()

    def close(self) -> None:
        if self._owned and self._service is not None:
            self._service.close()
