"""Dependencies of the routes: the one Assistant, the API settings, and the key checks.

Routes receive them as `Annotated` parameters, so tests can swap any of them with
`app.dependency_overrides` and the OpenAPI page shows the `X-API-Key` header where it applies.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader

from assistant.api.errors import MissingKey, UploadsDisabled, WrongKey
from assistant.service import Assistant
from index.settings import Settings


@dataclass(frozen=True)
class ApiSettings:
    """Who may do what, and where uploads go.

    `api_key` guards uploads (they change the index): without one, uploads are refused.
    `read_key`, when set, guards every read endpoint except `/healthz` (monitoring stays open).
    """

    upload_dir: Path
    api_key: str | None = None
    read_key: str | None = None

    @classmethod
    def from_settings(cls, config: Settings, index_dir: Path) -> "ApiSettings":
        """`DELIB_API_KEY` / `DELIB_READ_KEY` of `config`; uploads in `<index>/uploads`."""
        return cls(upload_dir=index_dir / "uploads", api_key=config.api_key, read_key=config.read_key)


def get_assistant(request: Request) -> Assistant:
    return request.app.state.assistant


def get_settings(request: Request) -> ApiSettings:
    return request.app.state.settings


AssistantDep = Annotated[Assistant, Depends(get_assistant)]
SettingsDep = Annotated[ApiSettings, Depends(get_settings)]

_key_header = APIKeyHeader(name="X-API-Key", auto_error=False,
                           description="DELIB_API_KEY for uploads; DELIB_READ_KEY for reads when set.")
KeyDep = Annotated[str | None, Security(_key_header)]


def _check(given: str | None, expected: str) -> None:
    if not given:
        raise MissingKey("clé d'API requise : en-tête X-API-Key")
    if not secrets.compare_digest(given.encode(), expected.encode()):
        raise WrongKey("clé d'API incorrecte (en-tête X-API-Key)")


def require_read_key(settings: SettingsDep, key: KeyDep) -> None:
    """Reads are open unless `DELIB_READ_KEY` is set; then X-API-Key must equal it."""
    if settings.read_key is not None:
        _check(key, settings.read_key)


def require_upload_key(settings: SettingsDep, key: KeyDep) -> None:
    """Uploads need `DELIB_API_KEY` configured on the server and sent as X-API-Key."""
    if settings.api_key is None:
        raise UploadsDisabled("l'envoi de documents est désactivé : définissez DELIB_API_KEY "
                              "sur le serveur et envoyez-la dans l'en-tête X-API-Key")
    _check(key, settings.api_key)
