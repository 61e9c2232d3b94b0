"""Web users: accounts with a role, argon2 password hashes, API tokens.

    add_user(reg, "ana", "editor", password, by="admin")
    authenticate(reg, "ana", password)   -> UserView | None
    create_token(reg, "ana", label="nightly import")  -> the token (shown once)
    user_for_token(reg, token)           -> UserView | None

Roles grow in rights: ``viewer`` reads, ``editor`` changes records and
reviews, ``admin`` also manages users; ``consular`` reads like a viewer and
works the consular desk (cases, operations), as admins may. Every change to an account is
written to the audit log (entity ``user``; never the password or token).
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import NotFound, UsageError
from ..registry import USER_ROLES, ApiToken, Registry, User, WebSession, audit

__all__ = ["USER_ROLES", "UserView", "add_user", "list_users", "get_user", "set_role",
           "set_password", "set_active", "authenticate", "create_token", "user_for_token",
           "revoke_tokens", "role_at_least", "MIN_PASSWORD", "MAX_PASSWORD", "TOKEN_PREFIX",
           "check_password", "common_passwords", "login_key", "start_session", "session_user",
           "end_session"]

MIN_PASSWORD = 8
MAX_PASSWORD = 1000
TOKEN_PREFIX = "cq_"


@dataclass(frozen=True)
class UserView:
    id: int
    name: str
    role: str
    active: bool
    session_epoch: int
    created_at: datetime | None = None
    tokens: int = 0

    def can(self, role: str) -> bool:
        return self.active and role_at_least(self.role, role)


#: rights over the registry; ``consular`` reads it like a viewer (its own rights are the desk's)
_RANK = {"viewer": 0, "editor": 1, "consular": 0, "admin": 2}


def role_at_least(role: str, needed: str) -> bool:
    if needed == "consular":
        return role in ("consular", "admin")
    return _RANK.get(role, -1) >= _RANK[needed]


@lru_cache(maxsize=1)
def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()  # argon2id, RFC 9106 low-memory profile


#: argon2 takes 64 MiB a hash: at most this many at once in a process, so that a storm of
#: logins costs time (they queue), not memory (issue 15: bounded resident memory)
_HASH_SLOTS = threading.BoundedSemaphore(2)


def _hash(password: str) -> str:
    with _HASH_SLOTS:
        return str(_hasher().hash(password))


def _verify(hashed: str, password: str) -> None:
    with _HASH_SLOTS:
        _hasher().verify(hashed, password)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hash(secrets.token_hex(16))


def _view(user: User, tokens: int = 0) -> UserView:
    return UserView(user.id, user.name, user.role, bool(user.active), user.session_epoch,
                    user.created_at, tokens)


def _check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 100 or any(c.isspace() or not c.isprintable() for c in name):
        raise UsageError("a user name is 1-100 characters without spaces (e.g. ana.ruiz)")
    return name


def _check_role(role: str) -> None:
    if role not in USER_ROLES:
        raise UsageError(f"unknown role {role!r}; use one of {', '.join(USER_ROLES)}")


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The shipped list of common passwords (``data/common-passwords.txt.gz``, lower case;
    source and licence in ``data/common-passwords.LICENSE.txt``)."""
    import gzip
    from importlib.resources import files

    raw = files("communique").joinpath("data/common-passwords.txt.gz").read_bytes()
    return frozenset(line.strip() for line in gzip.decompress(raw).decode("utf-8").splitlines()
                     if line.strip())


def check_password(password: str, name: str = "") -> None:
    """NIST SP 800-63B: at least MIN_PASSWORD characters, not a common password, not
    the user's name; UsageError saying which (nothing else is imposed)."""
    if "\x00" in password:
        raise UsageError("the password contains a NUL character: choose another")
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"the password is too short: give at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise UsageError(f"the password is too long: at most {MAX_PASSWORD} characters")
    folded = password.casefold()
    bare = name.strip().casefold()
    if bare and (bare in folded or folded in bare):
        raise UsageError("the password contains the user name: choose one that does not")
    if folded in common_passwords() or folded.strip() in common_passwords():
        raise UsageError("this password is on a list of common passwords that attackers try "
                         "first: choose a longer, less common one (a few unrelated words)")


def _check_password(password: str, name: str = "") -> None:
    check_password(password, name)


def _find(session: Session, name: str) -> User:
    if "\x00" in name or len(name) > 100:
        raise NotFound(f"no user {name[:100]!r}; list them with `communique users list`")
    user = session.scalars(select(User).where(func.lower(User.name) == name.lower())).first()
    if user is None:
        raise NotFound(f"no user {name!r}; list them with `communique users list`")
    return user


def _snapshot(user: User) -> dict[str, Any]:
    return {"name": user.name, "role": user.role, "active": bool(user.active)}


def add_user(registry: Registry, name: str, role: str, password: str, *,
             by: str | None = None) -> UserView:
    """Create an account; UsageError if the name is taken or the password too short."""
    name = _check_name(name)
    _check_role(role)
    _check_password(password, name)
    hashed = _hash(password)
    with registry.write() as session:
        taken = session.scalar(select(User.id).where(func.lower(User.name) == name.lower()))
        if taken is not None:
            raise UsageError(f"there is already a user {name!r}; pick another name")
        user = User(name=name, role=role, password_hash=hashed, active=True, session_epoch=1)
        session.add(user)
        session.flush()
        audit(session, who=by or name, action="add", entity="user", entity_id=user.id,
              after=_snapshot(user))
        return _view(user)


def list_users(registry: Registry) -> list[UserView]:
    with registry.read() as session:
        counts = dict(session.execute(
            select(ApiToken.user_id, func.count()).where(ApiToken.revoked.is_(False))
            .group_by(ApiToken.user_id)).tuples().all())
        return [_view(u, counts.get(u.id, 0))
                for u in session.scalars(select(User).order_by(User.name))]


def get_user(registry: Registry, user_id: int) -> UserView | None:
    with registry.read() as session:
        user = session.get(User, user_id)
        return _view(user) if user is not None else None


def _change(registry: Registry, name: str, by: str, action: str, **values: Any) -> UserView:
    with registry.write() as session:
        user = _find(session, name)
        before = _snapshot(user)
        for key, value in values.items():
            setattr(user, key, value)
        if "password_hash" in values or values.get("active") is False:
            user.session_epoch += 1  # ends the sessions issued before
        session.flush()
        audit(session, who=by, action=action, entity="user", entity_id=user.id, before=before,
              after=_snapshot(user))
        return _view(user)


def set_role(registry: Registry, name: str, role: str, *, by: str) -> UserView:
    _check_role(role)
    return _change(registry, name, by, "role", role=role)


def set_password(registry: Registry, name: str, password: str, *, by: str) -> UserView:
    _check_password(password, name)
    return _change(registry, name, by, "password", password_hash=_hash(password))


def set_active(registry: Registry, name: str, active: bool, *, by: str) -> UserView:
    if not active:
        revoke_tokens(registry, name, by=by)
    return _change(registry, name, by, "enable" if active else "disable", active=active)


def authenticate(registry: Registry, name: str, password: str) -> UserView | None:
    """The active user with this name and password, else None (same work either way)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    key = login_key(name)
    if not key or "\x00" in key or "\x00" in password or len(key) > 100:
        return None  # no such account can exist
    with registry.read() as session:
        user = session.scalars(select(User).where(func.lower(User.name) == key)).first()
    hashed = user.password_hash if user is not None else _dummy_hash()
    try:
        _verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _hasher().check_needs_rehash(hashed):
        with registry.write() as session:
            row = session.get(User, user.id)
            if row is not None:
                row.password_hash = _hash(password)
    return _view(user)


def login_key(name: str) -> str:
    """The form of a user name that logins and their rate limit compare (no surrounding
    spaces, lower case): ``" Ana "`` and ``"ana"`` are one account."""
    return name.strip().lower()


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(registry: Registry, name: str, *, label: str | None = None,
                 by: str | None = None) -> str:
    """A new API token for ``name`` (only its hash is kept: show it to the user once)."""
    if label is not None and (len(label) > 200 or "\x00" in label):
        raise UsageError("a token label is at most 200 characters, without NUL")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with registry.write() as session:
        user = _find(session, name)
        if not user.active:
            raise UsageError(f"user {user.name!r} is disabled; enable the account first")
        row = ApiToken(user_id=user.id, token_sha256=_digest(token), label=label, revoked=False)
        session.add(row)
        session.flush()
        audit(session, who=by or user.name, action="token", entity="user", entity_id=user.id,
              note=f"API token {row.id} created" + (f" ({label})" if label else ""))
    return token


def revoke_tokens(registry: Registry, name: str, *, by: str) -> int:
    with registry.write() as session:
        user = _find(session, name)
        live = [t for t in user.tokens if not t.revoked]
        for t in live:
            t.revoked = True
        if live:
            audit(session, who=by, action="revoke-tokens", entity="user", entity_id=user.id,
                  note=f"{len(live)} token(s) revoked")
        return len(live)


def user_for_token(registry: Registry, token: str) -> UserView | None:
    if not token.startswith(TOKEN_PREFIX):
        return None
    with registry.read() as session:
        row = session.execute(
            select(User).join(ApiToken, ApiToken.user_id == User.id).where(
                ApiToken.token_sha256 == _digest(token), ApiToken.revoked.is_(False),
                User.active.is_(True))).scalars().first()
        return _view(row) if row is not None else None


def utcnow() -> datetime:
    """Now in UTC without a zone (the registry's DateTime columns)."""
    from datetime import UTC

    return datetime.now(UTC).replace(tzinfo=None)


def start_session(registry: Registry, user_id: int, hours: float) -> str:
    """A new server-side web session for ``user_id``, valid ``hours``; returns its id
    (kept in the signed cookie; the database holds only its SHA-256). Sessions of the
    user that ended or expired are forgotten now."""
    from datetime import timedelta

    sid = secrets.token_urlsafe(32)
    now = utcnow()
    with registry.write() as session:
        session.query(WebSession).filter(
            WebSession.user_id == user_id,
            (WebSession.ended_at.is_not(None)) | (WebSession.expires_at < now)).delete(
            synchronize_session=False)
        session.add(WebSession(sid_sha256=_digest(sid), user_id=user_id, created_at=now,
                               expires_at=now + timedelta(hours=hours)))
    return sid


def session_user(registry: Registry, sid: str) -> UserView | None:
    """The active user of a live session (not ended, not expired), else None."""
    if not isinstance(sid, str) or not sid or len(sid) > 100:
        return None
    with registry.read() as session:
        row = session.execute(
            select(User).join(WebSession, WebSession.user_id == User.id).where(
                WebSession.sid_sha256 == _digest(sid), WebSession.ended_at.is_(None),
                WebSession.expires_at > utcnow(), User.active.is_(True))).scalars().first()
        return _view(row) if row is not None else None


def end_session(registry: Registry, sid: str) -> bool:
    """End a session now (logout); True if it was live."""
    if not isinstance(sid, str) or not sid or len(sid) > 100:
        return False
    with registry.write() as session:
        row = session.scalars(select(WebSession).where(
            WebSession.sid_sha256 == _digest(sid), WebSession.ended_at.is_(None))).first()
        if row is None:
            return False
        row.ended_at = utcnow()
        return True
