"""The FastAPI app: `create_app` builds it around one `Assistant`, loaded once by `lifespan`.

`delib serve` runs `create_app` as a uvicorn factory, so every worker process opens the index named
by `$DELIB_INDEX` itself; the catalogue follows re-ingests made by other processes on its own.
Every error leaves through `handle_error` as `{"error": code, "message": …}`: the service's errors
with their own status, FastAPI's validation errors (422; 400 for JSON that does not parse), unknown
routes (404) and methods (405).
"""
from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from assistant.api.deps import ApiSettings, require_read_key
from assistant.api.errors import (InternalError, InvalidRequest, MalformedJson, RouteError, UnreadableUpload,
                                  error_response)
from assistant.api.limits import BodyLimit
from assistant.api.routes import ask, citations, deliberations, documents, export, health, members, search
from assistant.errors import AssistantError
from assistant.models import ErrorBody
from assistant.service import Assistant
from corpus.errors import CorpusError
from index.settings import settings as process_settings

ERROR_RESPONSES: dict[int | str, dict] = {status: {"model": ErrorBody, "description": text} for status, text in (
    (400, "malformed request"), (401, "missing or wrong X-API-Key"), (403, "uploads disabled"),
    (404, "unknown id or route"), (413, "body or question too long"), (422, "invalid parameters"))}
READ_ROUTERS = (ask.router, search.router, citations.router, deliberations.router, members.router,
                export.router)


def _validation_error(exc: RequestValidationError) -> AssistantError:
    """One readable line from pydantic's error list; JSON that does not even parse is a 400."""
    errors = exc.errors()
    if any(error.get("type") == "json_invalid" for error in errors):
        return MalformedJson("le corps de la requête n'est pas du JSON valide")
    parts = [f"{'.'.join(str(p) for p in e.get('loc', ()))} : {_in_french(e)}" for e in errors[:5]]
    return InvalidRequest("requête invalide — " + " ; ".join(parts))


# pydantic's error types, said in French (its messages are English); any other type is "valeur invalide"
VALIDATION_MESSAGES = {
    "missing": "champ obligatoire absent", "string_type": "une chaîne de caractères est attendue",
    "int_parsing": "un nombre entier est attendu", "int_type": "un nombre entier est attendu",
    "float_parsing": "un nombre est attendu", "bool_parsing": "vrai ou faux (true / false) est attendu",
    "date_from_datetime_parsing": "une date AAAA-MM-JJ est attendue", "date_parsing": "une date AAAA-MM-JJ est attendue",
    "date_type": "une date AAAA-MM-JJ est attendue", "string_too_short": "la valeur est vide",
    "string_too_long": "la valeur est trop longue", "greater_than_equal": "la valeur est trop petite",
    "less_than_equal": "la valeur est trop grande", "greater_than": "la valeur est trop petite",
    "less_than": "la valeur est trop grande", "dict_type": "un objet JSON est attendu",
    "model_attributes_type": "un objet JSON est attendu", "list_type": "une liste est attendue",
}
# Starlette's own messages for the errors it raises before our routes run
HTTP_MESSAGES = {400: "le corps de la requête est illisible (JSON en UTF-8 attendu)", 404: "route inconnue",
                 405: "méthode non permise pour cette route"}


def _in_french(error: dict) -> str:
    message = VALIDATION_MESSAGES.get(str(error.get("type")), "valeur invalide")
    limit = (error.get("ctx") or {})
    bound = next((limit[k] for k in ("ge", "le", "gt", "lt", "min_length", "max_length") if k in limit), None)
    return f"{message} ({bound})" if bound is not None else message


def as_assistant_error(exc: Exception) -> AssistantError:
    if isinstance(exc, AssistantError):
        return exc
    if isinstance(exc, RequestValidationError):
        return _validation_error(exc)
    if isinstance(exc, CorpusError):
        return UnreadableUpload(f"{os.path.basename(exc.path)} : {exc.reason}")
    if isinstance(exc, HTTPException):
        if exc.status_code == 400:
            return MalformedJson(HTTP_MESSAGES[400])
        return RouteError(exc.status_code, HTTP_MESSAGES.get(exc.status_code, str(exc.detail)))
    return InternalError("erreur interne du serveur")


async def handle_error(request: Request, exc: Exception) -> JSONResponse:
    """The one translation of errors into HTTP answers."""
    headers = exc.headers if isinstance(exc, HTTPException) else None
    return error_response(as_assistant_error(exc), headers=headers)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Open the index once per process, unless the caller handed in its own Assistant."""
    owned = app.state.assistant is None
    if owned:
        app.state.assistant = Assistant.open()  # the index of DELIB_INDEX; model: the one it records
    try:
        yield
    finally:
        if owned:
            app.state.assistant.close()
            app.state.assistant = None


def create_app(assistant: Assistant | None = None, settings: ApiSettings | None = None) -> FastAPI:
    """The app around `assistant` (else the index of `$DELIB_INDEX`), keys from the process's settings."""
    app = FastAPI(title="delib", version="0.1.0", lifespan=lifespan, responses=ERROR_RESPONSES,
                  description="Questions en français sur les délibérations des conseils, réponses citées.")
    app.state.assistant = assistant
    config = process_settings()
    app.state.settings = settings or ApiSettings.from_settings(
        config, assistant.index.folder if assistant else config.index_dir)
    for router in READ_ROUTERS:
        app.include_router(router, dependencies=[Depends(require_read_key)])
    app.include_router(documents.router)
    app.include_router(health.router)
    for exc_class in (AssistantError, CorpusError, RequestValidationError, HTTPException, Exception):
        app.add_exception_handler(exc_class, handle_error)
    app.add_middleware(BodyLimit)
    return app
