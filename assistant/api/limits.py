"""Request body size limits, enforced before any route reads the body.

A 10 MB question must cost the server nothing: the declared `Content-Length` is checked first, and
a body sent without one (chunked) is counted while read and dropped once over the limit. This is a
pure ASGI middleware rather than a route dependency because FastAPI parses the body before any
dependency runs, and turns a failing read into a generic 400.
"""
from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.api.errors import BodyTooLarge, error_response

JSON_BODY_LIMIT = 64 * 1024
UPLOAD_BODY_LIMIT = 20 * 1024 * 1024
UPLOAD_PATH = "/documents"


def body_limit(scope: Scope) -> int:
    """Uploads may carry documents; every other body is a small JSON request."""
    if scope["method"] == "POST" and scope["path"].rstrip("/") == UPLOAD_PATH:
        return UPLOAD_BODY_LIMIT
    return JSON_BODY_LIMIT


class BodyLimit:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit(scope)
        too_large = BodyTooLarge(f"corps de requête trop grand ({limit // 1024} Ko au plus)")
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await error_response(too_large, headers={"Connection": "close"})(scope, receive, send)
            return
        if declared is not None:
            await self.app(scope, receive, send)
            return
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            size += len(message.get("body", b""))
            if size > limit:
                await error_response(too_large, headers={"Connection": "close"})(scope, receive, send)
                return
            if message["type"] != "http.request" or not message.get("more_body", False):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)
