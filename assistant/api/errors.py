"""Errors only the HTTP face raises, and the one JSON shape every error answer takes.

They subclass `AssistantError` so that the app's single handler translates them with the same
`status`/`code` table as the service's own errors.
"""
from __future__ import annotations

from fastapi.responses import JSONResponse

from assistant.errors import AssistantError
from assistant.models import ErrorBody


class MissingKey(AssistantError):
    status = 401
    code = "missing_api_key"


class WrongKey(AssistantError):
    status = 401
    code = "wrong_api_key"


class UploadsDisabled(AssistantError):
    """Uploads write to the index: refused outright when no key was configured to guard them."""

    status = 403
    code = "uploads_disabled"


class NothingIngested(AssistantError):
    status = 400
    code = "nothing_ingested"


class BodyTooLarge(AssistantError):
    status = 413
    code = "body_too_large"


class MalformedJson(AssistantError):
    status = 400
    code = "malformed_json"


class InvalidRequest(AssistantError):
    status = 422
    code = "invalid_request"


class UnreadableUpload(AssistantError):
    status = 400
    code = "unreadable_document"


class InternalError(AssistantError):
    status = 500
    code = "internal_error"


class RouteError(AssistantError):
    """Starlette's own HTTP errors (unknown route, method not allowed), in our shape."""

    CODES = {404: "not_found", 405: "method_not_allowed"}

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = self.CODES.get(status, "http_error")


def error_response(error: AssistantError, headers: dict[str, str] | None = None) -> JSONResponse:
    """`{"error": code, "message": …}` with the error's status: the shape pinned by the tests."""
    body = ErrorBody(error=error.code, message=error.message)
    return JSONResponse(body.model_dump(), status_code=error.status, headers=headers)
