"""Fixtures for the web app: a small registry, one user per role, in-process clients.

Passwords are hashed once per session (argon2 is slow on purpose); most tests
log in by a session cookie signed with the app's secret, the login tests
through /login itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

PASSWORD = "correct horse battery"
SECRET = "test-secret-key"
ROLES = ("viewer", "editor", "consular", "admin")

SEED_LINES = (
    "visit 2021-06-15 TUR>AZE | State visit to Baku",
    "meeting 2021-03-02 AZE>GEO | Talks in Tbilisi",
    "agreement 2021-03-02 AZE>GEO | Memorandum on transit",
    "call 2021-09-10 AZE>FRA",
    "multilateral 2021-09-20 AZE> UNGA",
    "meeting 2020-11-05 AZE>KAZ | Working lunch",
)


@lru_cache(maxsize=1)
def password_hash() -> str:
    from argon2 import PasswordHasher

    return str(PasswordHasher().hash(PASSWORD))


def add_user(reg: Any, name: str, role: str) -> int:
    from communique.registry import User

    with reg.write() as session:
        user = User(name=name, role=role, password_hash=password_hash(), active=True,
                    session_epoch=1)
        session.add(user)
        session.flush()
        return int(user.id)


class Client:
    """A TestClient logged in as one user; posts carry the CSRF token unless told not to."""

    def __init__(self, app: Any, csrf: str, base_url: str = "http://testserver") -> None:
        self.http = TestClient(app, base_url=base_url, follow_redirects=False)
        self.csrf = csrf

    def get(self, url: str, **kw: Any) -> Any:
        return self.http.get(url, **kw)

    def post(self, url: str, data: dict[str, Any] | None = None, *, csrf: bool = True,
             **kw: Any) -> Any:
        data = dict(data or {})
        if csrf and "json" not in kw and "files" not in kw:
            data.setdefault("csrf_token", self.csrf)
        headers = dict(kw.pop("headers", {}) or {})
        if csrf and ("json" in kw or "files" in kw):
            headers.setdefault("X-CSRF-Token", self.csrf)
        return self.http.post(url, data=data or None, headers=headers, **kw)

    def request(self, method: str, url: str, *, csrf: bool = True, **kw: Any) -> Any:
        headers = dict(kw.pop("headers", {}) or {})
        if csrf:
            headers.setdefault("X-CSRF-Token", self.csrf)
        return self.http.request(method, url, headers=headers, **kw)


@dataclass
class Web:
    app: Any
    registry: Any
    data_dir: Path
    users: dict[str, int]

    def client(self, role: str | None = None, *, base_url: str = "http://testserver") -> Client:
        """A client logged in as the user of ``role`` (None: not logged in)."""
        from itsdangerous import URLSafeTimedSerializer

        from communique.web._security import COOKIE

        csrf = f"csrf-{role or 'anonymous'}"
        client = Client(self.app, csrf, base_url)
        data: dict[str, Any] = {"c": csrf}
        if role is not None:
            from communique.services.users import start_session

            data.update(u=self.users[role], e=1,
                        s=start_session(self.registry, self.users[role], hours=1))
        value = URLSafeTimedSerializer(SECRET, salt="communique-session").dumps(data)
        # the domain httpx files the app's own Set-Cookie under, so that a cookie the app
        # changes (a message for the next page) replaces this one as in a browser
        host = urlsplit(base_url).hostname or "testserver"
        client.http.cookies.set(COOKIE, value, domain=host if "." in host else f"{host}.local")
        return client


def api_schema(app: Any, **options: Any) -> Any:
    """The app's OpenAPI schema for schemathesis (FastAPI writes OpenAPI 3.1, which
    schemathesis reads behind an experimental switch, set back as it was)."""
    import schemathesis

    openapi_31 = schemathesis.experimental.OPEN_API_3_1
    was_enabled = openapi_31.is_enabled
    openapi_31.enable()
    try:
        return schemathesis.from_dict(app.openapi(), app=app, **options)
    finally:
        if not was_enabled:
            openapi_31.disable()


def seed(reg: Any, make_doc: Callable[..., Any], extractor: Any) -> None:
    from communique.services.ingest import ingest_documents

    ingest_documents([make_doc("readouts-2021.txt", *SEED_LINES)], registry=reg,
                     issuer="AZE", extractor=extractor)


def build(reg: Any, tmp_path: Path, make_doc: Callable[..., Any], extractor: Any,
          **options: Any) -> Web:
    from communique.web import create_app

    seed(reg, make_doc, extractor)
    users = {role: add_user(reg, role, role) for role in ROLES}
    data_dir = tmp_path / "data"
    # (no time budget for the facets: counts that a loaded machine may leave uncounted
    # would make the pages' tests depend on its speed; the budget has a test of its own)
    options.setdefault("facet_budget", None)
    app = create_app(reg, secret=SECRET, data_dir=data_dir, **options)
    return Web(app, reg, data_dir, users)


@pytest.fixture
def sqlite_registry(tmp_path: Path) -> Iterator[Any]:
    from communique.registry import open_registry

    reg = open_registry(f"sqlite:///{tmp_path / 'web.db'}")
    yield reg
    reg.close()


@pytest.fixture
def web(sqlite_registry: Any, tmp_path: Path, make_doc: Any, extractor: Any) -> Web:
    """The app over a seeded SQLite registry (login required)."""
    return build(sqlite_registry, tmp_path, make_doc, extractor)


@pytest.fixture
def public_web(sqlite_registry: Any, tmp_path: Path, make_doc: Any, extractor: Any) -> Web:
    """The app with --public-read."""
    return build(sqlite_registry, tmp_path, make_doc, extractor, public_read=True)


@pytest.fixture
def any_web(registry: Any, tmp_path: Path, make_doc: Any, extractor: Any) -> Web:
    """The app over each backend (SQLite; PostgreSQL when COMMUNIQUE_TEST_DATABASE_URL)."""
    return build(registry, tmp_path, make_doc, extractor)


@pytest.fixture
def person(web: Web) -> int:
    from communique.services.persons import add_person

    return add_person(web.registry, "Ana Example", role="foreign_minister", country="AZE",
                      start="2020-01-01").id
