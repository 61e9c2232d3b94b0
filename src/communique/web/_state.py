"""What one web application holds: the registry, its settings, the login limiter
and a small cache. Built by :func:`communique.web.create_app`, kept on
``app.state.web``; nothing lives at module level."""

from __future__ import annotations

import os
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import Request

from ..registry import Registry
from ..services.users import login_key
from ._cache import TtlCache

__all__ = ["WebState", "LoginLimiter", "TtlCache", "get_state", "load_secret",
           "DEFAULT_UPLOAD_LIMIT", "DEFAULT_BODY_LIMIT", "UPLOAD_LIMIT_ENV",
           "upload_limit_from_env"]

#: uploads larger than this are refused while they stream in (bytes)
DEFAULT_UPLOAD_LIMIT = 20 * 1024 * 1024
#: the environment variable ``communique serve --upload-limit-mb`` sets for its workers
UPLOAD_LIMIT_ENV = "COMMUNIQUE_WEB_UPLOAD_LIMIT"


def upload_limit_from_env() -> int:
    """The upload limit in bytes: ``COMMUNIQUE_WEB_UPLOAD_LIMIT``, else the default."""
    raw = (os.environ.get(UPLOAD_LIMIT_ENV) or "").strip()
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_UPLOAD_LIMIT


#: any other request body larger than this gets 413 before it is read (bytes)
DEFAULT_BODY_LIMIT = 1024 * 1024


class LoginLimiter:
    """At most ``per_user`` failed logins a ``window`` for one IP and user name,
    and ``per_ip`` for one IP over every name (password spraying)."""

    def __init__(self, per_user: int = 5, per_ip: int = 30, window: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.per_user, self.per_ip, self.window, self.clock = per_user, per_ip, window, clock
        self._fails: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        q = self._fails.setdefault(key, deque())
        while q and now - q[0] >= self.window:
            q.popleft()
        return q

    def wait(self, ip: str, name: str) -> int:
        """Seconds before this IP may try this name again (0: now)."""
        now = self.clock()
        with self._lock:
            waits = []
            for key, limit in (((ip, login_key(name)), self.per_user), ((ip, ""), self.per_ip)):
                q = self._recent(key, now)
                if len(q) >= limit:
                    waits.append(int(self.window - (now - q[0])) + 1)
            return max(waits, default=0)

    def fail(self, ip: str, name: str) -> None:
        now = self.clock()
        with self._lock:
            self._recent((ip, login_key(name)), now).append(now)
            self._recent((ip, ""), now).append(now)
            if len(self._fails) > 10_000:  # forget idle keys
                for key in [k for k, q in self._fails.items() if not q]:
                    del self._fails[key]

    def succeed(self, ip: str, name: str) -> None:
        with self._lock:
            self._fails.pop((ip, login_key(name)), None)


def private_folder(folder: Path) -> Path:
    """Make ``folder`` (and its parents) if missing; a folder made here is readable by
    its owner only (0700), since it holds the session key and uploads."""
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)  # mkdir's mode is narrowed by the umask, not widened
    return folder


def load_secret(data_dir: Path | None) -> str:
    """COMMUNIQUE_SECRET_KEY, else the key kept in ``data_dir/web-secret`` (made once,
    readable by its owner only, so sessions survive restarts and several workers
    agree), else a fresh key for this process."""
    env = os.environ.get("COMMUNIQUE_SECRET_KEY")
    if env:
        return env
    if data_dir is None:
        return secrets.token_urlsafe(48)
    path = data_dir / "web-secret"
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        pass
    private_folder(data_dir)
    key = secrets.token_urlsafe(48)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another worker made it first
        return path.read_text(encoding="utf-8").strip()
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(key + "\n")
    return key


@dataclass
class WebState:
    registry: Registry
    public_read: bool
    secret: str
    data_dir: Path
    upload_limit: int = DEFAULT_UPLOAD_LIMIT
    body_limit: int = DEFAULT_BODY_LIMIT
    session_hours: float = 12.0
    #: seconds the events page's facet counts may take (the rest are left uncounted)
    facet_budget: float | None = 0.3
    #: requests served at once (threads running the synchronous service calls)
    threads: int = 8
    limiter: LoginLimiter = field(default_factory=LoginLimiter)
    cache: TtlCache = field(default_factory=TtlCache)
    templates: Any = None  # jinja2.Environment, set by create_app
    warmer: threading.Thread | None = None  # the start-up warming (communique serve)
    owns_registry: bool = False

    @property
    def upload_dir(self) -> Path:
        return self.data_dir / "uploads"


def get_state(request: Request) -> WebState:
    state: WebState = request.app.state.web
    return state
