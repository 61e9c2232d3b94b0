"""What the signed session cookie carries besides the login: a one-time message for
the page after a redirect (``flash``/``take_flash``), and small choices a person
made (``remember``/``recall``: the columns of the events table)."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from ._security import Session

__all__ = ["flash", "take_flash", "remember", "recall"]

#: a message longer than this is cut (the cookie has room for about 4 KB)
FLASH_LIMIT = 600


def _session(request: Request) -> Session:
    session: Session | None = getattr(request.state, "session", None)
    if session is None:  # outside the middleware: nothing to keep
        session = Session()
        request.state.session = session
    return session


def flash(request: Request, text: str) -> None:
    """A message for the next page this browser shows (after a redirect)."""
    session = _session(request)
    cut = text if len(text) <= FLASH_LIMIT else text[:FLASH_LIMIT - 1] + "…"
    session.replace({**session.data, "f": cut})


def take_flash(request: Request) -> str | None:
    """The message left for this page, once (it is gone afterwards)."""
    session = _session(request)
    text = session.data.get("f")
    if text is None:
        return None
    session.replace({k: v for k, v in session.data.items() if k != "f"})
    return text if isinstance(text, str) else None


def remember(request: Request, key: str, value: Any) -> None:
    """Keep a small choice (JSON-able) for this login; None forgets it."""
    session = _session(request)
    prefs = dict(session.data.get("p") or {})
    if prefs.get(key) == value:
        return
    if value is None:
        prefs.pop(key, None)
    else:
        prefs[key] = value
    session.replace({**session.data, "p": prefs})


def recall(request: Request, key: str) -> Any:
    prefs = _session(request).data.get("p")
    return prefs.get(key) if isinstance(prefs, dict) else None
