"""Templates (Jinja2, autoescaped), their filters, and answers built from them.

Page templates live in ``templates/``; partials start with ``_``. A folder
``templates/`` inside the data folder, when present, is searched first, so a
ministry can override a page without touching the package.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from ..model import EVENT_TYPES, QUALIFIERS, ROLES
from ._security import csrf_token, current_user
from ._state import get_state

__all__ = ["make_environment", "render", "segments", "snippet", "country_label", "query_url"]

TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    from ..reference import countries

    return {code: c.name for code, c in countries().items()}


@lru_cache(maxsize=1)
def _org_names() -> dict[str, str]:
    from ..reference import organizations

    return {code: o.name for code, o in organizations().items()}


def country_label(code: str | None) -> str:
    """The country's short name ("Türkiye" for TUR); an unknown code as it is."""
    return _country_names().get(code, code) if code else ""


def org_label(code: str | None) -> str:
    return _org_names().get(code, code) if code else ""


def _when(value: datetime | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


def _thousands(value: int | float | None) -> str:
    return "" if value is None else f"{value:,}"


def query_url(path: str, params: Mapping[str, Any], **changes: Any) -> str:
    """``path?params`` with ``changes`` applied (None removes a key; lists repeat it)."""
    merged: dict[str, Any] = {k: v for k, v in params.items()}
    merged.update(changes)
    pairs: list[tuple[str, str]] = []
    for key, value in merged.items():
        if value is None or value == "" or value == []:
            continue
        for item in value if isinstance(value, list | tuple) else [value]:
            pairs.append((key, str(item)))
    return path + ("?" + urlencode(pairs) if pairs else "")


def segments(text: str, spans: list[tuple[int, int, Any]]) -> list[tuple[str, list[Any]]]:
    """``text`` cut at every span boundary: (piece, [payload of each span covering it])."""
    n = len(text)
    cuts = {0, n}
    for start, end, _ in spans:
        cuts.add(max(0, min(n, start)))
        cuts.add(max(0, min(n, end)))
    points = sorted(cuts)
    out: list[tuple[str, list[Any]]] = []
    for a, b in zip(points, points[1:], strict=False):
        if a == b:
            continue
        covering = [p for s, e, p in spans if s <= a and b <= e and s < e]
        out.append((text[a:b], covering))
    return out


def snippet(text: str, start: int, end: int, width: int = 400) -> Markup:
    """The sentence ``text[start:end]`` marked, with up to ``width`` characters around it."""
    start, end = max(0, start), min(len(text), max(start, end))
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    head = ("…" if lo > 0 else "") + text[lo:start]
    tail = text[end:hi] + ("…" if hi < len(text) else "")
    return Markup("{}<mark>{}</mark>{}").format(escape(head), escape(text[start:end]),
                                                 escape(tail))


def make_environment(extra: Path | None = None) -> Environment:
    loaders = []
    if extra is not None and extra.is_dir():
        loaders.append(FileSystemLoader(str(extra)))
    loaders.append(FileSystemLoader(str(TEMPLATES)))
    env = Environment(loader=ChoiceLoader(loaders), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    from ..registry import event_id_str

    env.filters.update(country=country_label, org=org_label, when=_when,
                       thousands=_thousands, evname=event_id_str)
    from ._columns import COLUMNS, DEFAULT_COLUMNS

    env.globals.update(EVENT_TYPES=EVENT_TYPES, QUALIFIERS=QUALIFIERS, ROLES=ROLES,
                       query_url=query_url, segments=segments, snippet=snippet,
                       EVENT_COLUMNS=COLUMNS, DEFAULT_COLUMNS=list(DEFAULT_COLUMNS))
    return env


def render(request: Request, name: str, context: Mapping[str, Any] | None = None, *,
           status_code: int = 200, headers: Mapping[str, str] | None = None) -> HTMLResponse:
    """Render a template with what every page needs (user, CSRF token, root path)."""
    state = get_state(request)
    user = current_user(request)
    ctx: dict[str, Any] = {
        "request": request,
        "user": user,
        "public_read": state.public_read,
        "csrf": csrf_token(request),
        "root": request.scope.get("root_path", ""),
        "path": request.url.path,
        "htmx": request.headers.get("hx-request") == "true",
        "can_edit": bool(user and user.can("editor")),
        "is_admin": bool(user and user.can("admin")),
    }
    ctx.update(context or {})
    html = state.templates.get_template(name).render(ctx)
    return HTMLResponse(html, status_code=status_code, headers=dict(headers or {}))

