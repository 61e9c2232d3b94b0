"""Sessions, CSRF, login and roles.

- The session is a signed cookie (itsdangerous) holding the user id, the id of
  a server-side session (table ``web_sessions``: logging out ends it at once,
  and a stolen copy of the cookie with it), the user's session epoch (a
  password change or a disabled account ends old sessions) and the CSRF
  token; HttpOnly, SameSite=Lax, Secure over HTTPS.
- Every unsafe request (POST, PUT, PATCH, DELETE) authenticated by the
  cookie must carry the CSRF token: the form field ``csrf_token`` or the
  header ``X-CSRF-Token`` (HTMX sends it). Requests with an API token
  (``Authorization: Bearer cq_...``) need none: browsers never add it.
- Roles: viewer < editor < admin. Without a login nothing is served, except
  reading when the app runs with ``public_read``.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from fastapi import Depends, Request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..services.users import UserView, end_session, session_user, start_session, user_for_token
from ._state import get_state

__all__ = ["SessionMiddleware", "Session", "csrf_token", "csrf_protect", "current_user",
           "need", "ANONYMOUS", "NotLoggedIn", "Forbidden", "login_session", "logout_session",
           "COOKIE", "CSRF_HEADER", "CSRF_FIELD", "client_ip", "safe_next", "csrf_upload",
           "csrf_matches", "login_url", "Viewer", "Editor", "Admin", "Consular"]

COOKIE = "communique_session"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
ANONYMOUS = UserView(0, "anonymous", "viewer", True, 0)

SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
     b"img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; "
     b"object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"),
]


class NotLoggedIn(Exception):
    """No (valid) login: pages redirect to /login, the API answers 401."""


class Forbidden(Exception):
    """Logged in, but the role does not allow this."""

    def __init__(self, needed: str) -> None:
        super().__init__(needed)
        self.needed = needed


class Session:
    """The signed cookie's content for one request; ``dirty`` when it must be re-sent."""

    def __init__(self, data: dict[str, Any] | None = None) -> None:
        self.data: dict[str, Any] = dict(data or {})
        self.dirty = False

    def replace(self, data: dict[str, Any]) -> None:
        self.data = data
        self.dirty = True


class SessionMiddleware:
    """Loads the session cookie into ``request.state.session``, sends it back when it
    changed, and adds the security headers (CSP, nosniff, frame denial) to every answer."""

    def __init__(self, app: ASGIApp, secret: str, max_age: int) -> None:
        self.app = app
        self.max_age = max_age
        self.serializer = URLSafeTimedSerializer(secret, salt="communique-session")

    def _load(self, scope: Scope) -> Session:
        for name, value in scope.get("headers", []):
            if name != b"cookie":
                continue
            for part in value.decode("latin-1").split(";"):
                key, _, raw = part.strip().partition("=")
                if key == COOKIE and raw:
                    try:
                        return Session(self.serializer.loads(raw, max_age=self.max_age))
                    except (BadSignature, ValueError, TypeError):
                        return Session()
        return Session()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        session = self._load(scope)
        scope.setdefault("state", {})["session"] = session
        secure = scope.get("scheme") == "https"

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                if session.dirty:
                    value = self.serializer.dumps(session.data)
                    cookie = (f"{COOKIE}={value}; Path=/; Max-Age={self.max_age}; HttpOnly; "
                              f"SameSite=Lax" + ("; Secure" if secure else ""))
                    headers.append((b"set-cookie", cookie.encode("latin-1")))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def _session(request: Request) -> Session:
    session: Session | None = getattr(request.state, "session", None)
    if session is None:  # outside the middleware (should not happen)
        session = Session()
        request.state.session = session
    return session


def csrf_token(request: Request) -> str:
    """This session's CSRF token (made, and the cookie re-sent, on first use)."""
    session = _session(request)
    token = session.data.get("c")
    if not isinstance(token, str) or not token:
        token = secrets.token_urlsafe(24)
        session.replace({**session.data, "c": token})
    return token


def login_session(request: Request, user: UserView) -> None:
    """A fresh session (and CSRF token) for a user who just logged in: a server-side
    session row, whose id the signed cookie carries."""
    state = get_state(request)
    sid = start_session(state.registry, user.id, state.session_hours)
    _session(request).replace({"u": user.id, "e": user.session_epoch, "s": sid,
                               "c": secrets.token_urlsafe(24)})
    request.state.user = user


def logout_session(request: Request) -> None:
    """End the session on the server (its cookie stops working at once, wherever a copy
    of it is) and give the browser a fresh, logged-out one."""
    sid = _session(request).data.get("s")
    if isinstance(sid, str):
        end_session(get_state(request).registry, sid)
    _session(request).replace({"c": secrets.token_urlsafe(24)})
    request.state.user = None


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def current_user(request: Request) -> UserView | None:
    """The logged-in user (API token first, then the session cookie), or None."""
    if hasattr(request.state, "user"):
        cached: UserView | None = request.state.user
        return cached
    state = get_state(request)
    user: UserView | None = None
    token = _bearer(request)
    if token is not None:
        user = user_for_token(state.registry, token)
        request.state.via_token = user is not None
    else:
        data = _session(request).data
        uid, sid = data.get("u"), data.get("s")
        if isinstance(uid, int):
            found = session_user(state.registry, sid) if isinstance(sid, str) else None
            if found is not None and found.id == uid and \
                    found.session_epoch == data.get("e"):
                user = found
            else:  # ended, expired or stale session: drop it
                logout_session(request)
    request.state.user = user
    return user


def csrf_expected(request: Request) -> str | None:
    token = _session(request).data.get("c")
    return token if isinstance(token, str) and token else None


def csrf_matches(request: Request, given: str | None) -> bool:
    expected = csrf_expected(request)
    return bool(expected and given and hmac.compare_digest(expected, given))


async def csrf_protect(request: Request) -> None:
    """Refuse an unsafe request without the session's CSRF token (403): the header
    ``X-CSRF-Token`` or the form field ``csrf_token``."""
    if request.method in SAFE_METHODS or _bearer(request) is not None:
        return  # API tokens are never sent by a browser on its own
    if "u" not in _session(request).data and request.url.path != "/login":
        return  # not logged in: nothing to forge; the role check answers 401 / login
    given = request.headers.get(CSRF_HEADER)
    if not given and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        given = value if isinstance(value, str) else None
    if not csrf_matches(request, given):
        raise Forbidden("csrf")


async def csrf_upload(request: Request) -> None:
    """For streamed uploads: the header is checked here; without it the upload
    reader checks the ``csrf_token`` field, which must come before the file."""
    request.state.csrf_ok = (request.method in SAFE_METHODS or _bearer(request) is not None
                             or csrf_matches(request, request.headers.get(CSRF_HEADER)))


def need(role: str) -> Callable[..., UserView]:
    """A dependency: the current user if their role allows ``role``; the anonymous
    viewer for reading when ``public_read``; else NotLoggedIn / Forbidden."""

    def dependency(request: Request) -> UserView:
        user = current_user(request)
        if user is None:
            if (role == "viewer" and request.method in SAFE_METHODS
                    and get_state(request).public_read):
                return ANONYMOUS
            raise NotLoggedIn()
        if not user.can(role):
            raise Forbidden(role)
        return user

    dependency.__name__ = f"need_{role}"
    return dependency


Viewer = Depends(need("viewer"))
Editor = Depends(need("editor"))
Admin = Depends(need("admin"))
#: the consular desk's cases and operations (consular officers and admins)
Consular = Depends(need("consular"))


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def safe_next(value: str | None, default: str = "/") -> str:
    """A local path to go to after login (never another site)."""
    if value and value.startswith("/") and not value.startswith(("//", "/\\")) \
            and "\n" not in value and "\r" not in value:
        return value
    return default


def login_url(request: Request) -> str:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return "/login?next=" + quote(target, safe="")
