"""`AssistantClient`: the `Assistant`'s methods over the HTTP API, for `delib tui --server URL`.

The TUI talks to whichever of the two it is given, so this class keeps `Assistant`'s method names,
arguments and return models exactly. Errors come back as the same `AssistantError` subclasses the
service raises (matched on the API's `error` code), and a server that cannot be reached becomes
`ServerUnreachable`, so a face handles one family of errors whatever runs behind it. httpx's sync
client is thread-safe: the TUI calls it from worker threads.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ValidationError

from assistant.errors import AssistantError
from assistant.models import (Answer, CitationView, DeliberationDetail, DeliberationPage, DocumentText,
                              Health, IngestSummary, MemberDetail, MemberPage, SearchResponse)

Model = TypeVar("Model", bound=BaseModel)
INGESTIBLE = {".txt", ".pdf", ".docx", ".md", ".html", ".htm"}


class ServerUnreachable(AssistantError):
    """No answer from the server (refused, timed out, not an HTTP API of delib)."""

    status = 503
    code = "server_unreachable"


def _error_classes() -> dict[str, type[AssistantError]]:
    """Every AssistantError subclass by its API `code`, so a 4xx is raised as what it means."""
    found: dict[str, type[AssistantError]] = {}
    pending: list[type[AssistantError]] = [AssistantError]
    while pending:
        cls = pending.pop()
        found.setdefault(cls.code, cls)
        pending.extend(cls.__subclasses__())
    return found


def _files(paths: list[Path]) -> Iterator[Path]:
    """The ingestible files under `paths` (folders walked, sorted), as `delib ingest` would see them."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INGESTIBLE)
        else:
            yield path


class AssistantClient:
    def __init__(self, base_url: str, api_key: str | None = None, timeout: float = 60.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        """`api_key` is sent as X-API-Key (the server's DELIB_READ_KEY or, to upload, DELIB_API_KEY)."""
        self.base_url = base_url.rstrip("/")
        headers = {"X-API-Key": api_key} if api_key else {}
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout, transport=transport,
                                  headers=headers)

    def close(self) -> None:
        self._http.close()

    # -- transport -------------------------------------------------------------------------------

    def _call(self, model: type[Model], method: str, path: str, **kwargs: Any) -> Model:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise ServerUnreachable(f"serveur injoignable : {self.base_url} ({exc})") from exc
        if response.is_error:
            raise self._error(response)
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise ServerUnreachable(f"réponse inattendue de {self.base_url}{path} : ce serveur n'est "
                                    "pas une API delib compatible") from exc

    def _error(self, response: httpx.Response) -> AssistantError:
        try:
            body = response.json()
            code, message = str(body["error"]), str(body["message"])
        except (ValueError, KeyError, TypeError):
            return ServerUnreachable(f"erreur {response.status_code} de {self.base_url} : "
                                     f"{response.text[:200]}")
        return _error_classes().get(code, AssistantError)(message)

    @staticmethod
    def _params(**values: Any) -> dict[str, str]:
        """Query parameters, None left out, dates as ISO strings."""
        return {name: value.isoformat() if isinstance(value, dt.date) else str(value)
                for name, value in values.items() if value is not None}

    # -- the Assistant's methods -----------------------------------------------------------------

    def ask(self, question: str, session_id: str | None = None, id: str | None = None) -> Answer:
        return self._call(Answer, "POST", "/ask",
                          json={"question": question, "session_id": session_id, "id": id})

    def search(self, query: str, k: int = 10, collectivity: str | None = None, body: str | None = None,
               date_from: dt.date | None = None, date_to: dt.date | None = None,
               document: str | None = None) -> SearchResponse:
        return self._call(SearchResponse, "GET", "/search", params=self._params(
            q=query, k=k, collectivity=collectivity, body=body, date_from=date_from, date_to=date_to,
            document=document))

    def citation(self, citation_id: str) -> CitationView:
        return self._call(CitationView, "GET", f"/citations/{quote(citation_id, safe='')}")

    def document_text(self, document_id: str) -> DocumentText:
        return self._call(DocumentText, "GET", f"/documents/{quote(document_id, safe='')}/text")

    def deliberations(self, collectivity: str | None = None, body: str | None = None,
                      date_from: dt.date | None = None, date_to: dt.date | None = None,
                      q: str | None = None, offset: int = 0, limit: int = 50) -> DeliberationPage:
        return self._call(DeliberationPage, "GET", "/deliberations", params=self._params(
            collectivity=collectivity, body=body, date_from=date_from, date_to=date_to, q=q,
            offset=offset, limit=limit))

    def deliberation(self, deliberation_id: str) -> DeliberationDetail:
        return self._call(DeliberationDetail, "GET", f"/deliberations/{quote(deliberation_id, safe='')}")

    def members(self, collectivity: str | None = None, q: str | None = None, offset: int = 0,
                limit: int = 50) -> MemberPage:
        return self._call(MemberPage, "GET", "/members", params=self._params(
            collectivity=collectivity, q=q, offset=offset, limit=limit))

    def member(self, member_id: str) -> MemberDetail:
        return self._call(MemberDetail, "GET", f"/members/{quote(member_id, safe='')}")

    def health(self) -> Health:
        return self._call(Health, "GET", "/healthz")

    def ingest(self, paths: list[Path], prune: bool = False,
               progress: Callable[[str, int, int], None] | None = None) -> IngestSummary:
        """Upload the files under `paths` to the server, one request per file so progress shows.

        The server reads them where it runs, so `prune` has no meaning here: it is refused rather
        than ignored.
        """
        if prune:
            raise AssistantError("--prune ne s'applique qu'à un index local")
        files = list(_files(paths))
        total = IngestSummary()
        for done, path in enumerate(files, start=1):
            with path.open("rb") as handle:
                part = self._call(IngestSummary, "POST", "/documents", files={"files": (path.name, handle)})
            for field in ("added", "updated", "unchanged", "removed", "errors"):
                getattr(total, field).extend(getattr(part, field))
            for field in ("seances", "deliberations", "chunks", "seconds"):
                setattr(total, field, getattr(total, field) + getattr(part, field))
            if progress:
                progress(path.name, done, len(files))
        return total
