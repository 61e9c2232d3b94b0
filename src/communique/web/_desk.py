"""The consular desk of a web application (one per app; its key file read once)."""

from __future__ import annotations

from fastapi import Request

from ..consular import Actor, Desk, key_file_path
from ..services.users import UserView
from ._state import get_state

__all__ = ["desk_of", "actor_of", "NO_STORE"]

#: pages and answers with personal data are never kept by browsers or proxies
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def desk_of(request: Request) -> Desk:
    app_state = request.app.state
    desk: Desk | None = getattr(app_state, "consular_desk", None)
    if desk is None:
        state = get_state(request)
        desk = Desk(state.registry, key_file_path(None, state.data_dir))
        app_state.consular_desk = desk
    return desk


def actor_of(user: UserView) -> Actor:
    return Actor(user.name, user.role)
