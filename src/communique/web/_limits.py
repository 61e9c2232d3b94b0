"""The web's input bounds, applied before any route, session lookup or login check.

``RequestLimits`` is the outermost ASGI middleware:

- a request body larger than its limit gets **413** before anything else is done:
  at once when ``Content-Length`` says so, else as soon as the bytes counted while
  the body streams in pass the limit (chunked bodies); uploads (multipart to the
  upload routes) have their own, larger cap, every other body ``body_limit``;
- a query string or path with a NUL character, or a query string longer than
  ``MAX_QUERY`` bytes, gets **400** (PostgreSQL refuses NUL in text; no filter
  needs more).

The limits live in :class:`communique.web.WebState` (``body_limit``,
``upload_limit``); ``communique serve --body-limit-mb`` sets the first.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from urllib.parse import unquote_to_bytes

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["RequestLimits", "BodyTooLarge", "UPLOAD_PATHS", "UPLOAD_PATTERN", "MAX_QUERY"]

#: routes that take a streamed multipart upload (their own size cap)
UPLOAD_PATHS = frozenset({"/documents", "/api/v1/documents", "/reports/check",
                          "/consular/intake/email"})
#: upload routes with an id in their path (a consular case's attachments)
UPLOAD_PATTERN = re.compile(r"/consular/cases/[0-9]{1,10}/attachments")
#: the longest query string accepted (the ``ids`` of a report's number fit)
MAX_QUERY = 32 * 1024
#: multipart framing and the small fields that come with an upload
UPLOAD_SLACK = 64 * 1024


class BodyTooLarge(HTTPException):
    """Raised from ``receive`` when a streamed body passes its limit (413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, _too_large(limit))


def _too_large(limit: int) -> str:
    size = f"{limit / (1024 * 1024):g} MB" if limit >= 1024 * 1024 else f"{limit} bytes"
    return (f"the request body is over the limit of {size}: send less (split an upload, "
            "or ask an administrator to raise the limit)")


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return bytes(value)
    return None


class RequestLimits:
    """Bounds every HTTP request before the application sees it (see the module)."""

    def __init__(self, app: ASGIApp, body_limit: Callable[[], int],
                 upload_limit: Callable[[], int]) -> None:
        self.app = app
        self.body_limit = body_limit
        self.upload_limit = upload_limit

    def limit_for(self, scope: Scope) -> int:
        ctype = (_header(scope, b"content-type") or b"").lower()
        path = scope.get("path") or ""
        if (path in UPLOAD_PATHS or UPLOAD_PATTERN.fullmatch(path)) and ctype.startswith(
                b"multipart/form-data"):
            return self.upload_limit() + UPLOAD_SLACK
        return self.body_limit()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        problem = _query_problem(scope)
        if problem:
            await _refuse(scope, send, 400, "invalid request", problem)
            return
        limit = self.limit_for(scope)
        declared = _header(scope, b"content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                await _refuse(scope, send, 400, "invalid request",
                              "the Content-Length header is not a number")
                return
            if int(declared) > limit:
                await _refuse(scope, send, 413, "Too large", _too_large(limit))
                return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        async def watch(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, watch)
        except BodyTooLarge:
            if started:
                raise
            await _refuse(scope, send, 413, "Too large", _too_large(limit))


def _query_problem(scope: Scope) -> str | None:
    raw: bytes = scope.get("query_string", b"") or b""
    if len(raw) > MAX_QUERY:
        return f"the query string is over {MAX_QUERY // 1024} KB: ask for less at once"
    path = scope.get("path", "")
    if "\x00" in path or b"\x00" in raw or (b"%00" in raw.lower()
                                            and b"\x00" in unquote_to_bytes(raw)):
        return "the request contains a NUL character (%00): remove it"
    return None


async def _refuse(scope: Scope, send: Send, status: int, title: str, detail: str) -> None:
    """A short answer sent without reading the body; the connection is closed after it."""
    path = scope.get("path", "")
    if path.startswith("/api/"):
        body = json.dumps({"error": title, "detail": detail}).encode()
        ctype = b"application/json"
    else:
        body = f"{status} {title}: {detail}\n".encode()
        ctype = b"text/plain; charset=utf-8"
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", ctype), (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"), (b"x-content-type-options", b"nosniff")]})
    await send({"type": "http.response.body", "body": body})
