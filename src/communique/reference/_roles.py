"""Roles: title phrases per role, from roles.tsv (plus a user's)."""

from __future__ import annotations

from functools import lru_cache

from ..model import ROLES
from ._folders import Folders, user_files
from ._tsv import Row, read_rows, read_text, shipped

__all__ = ["load_roles"]


def _add(out: dict[str, list[str]], row: Row) -> None:
    role = row.get("role")
    if role not in ROLES:
        raise row.error(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    out.setdefault(role, []).extend(p.lower() for p in row.values("patterns"))


@lru_cache(maxsize=8)
def load_roles(extra: Folders = ()) -> dict[str, tuple[str, ...]]:
    """role -> title phrases (lower case), in the order of ``model.ROLES``.
    A user's ``roles.tsv`` adds phrases; a phrase it gives to one role is
    taken away from the role that had it."""
    phrases: dict[str, list[str]] = {}
    for row in read_rows(shipped("roles.tsv"), "communique/data/roles.tsv", ("role", "patterns")):
        _add(phrases, row)
    claimed: dict[str, str] = {}
    for path in user_files(extra, "roles.tsv"):
        for row in read_rows(read_text(path), str(path), ("role", "patterns")):
            _add(phrases, row)
            for phrase in row.values("patterns"):
                claimed[phrase.lower()] = row.get("role")
    return {
        role: tuple(dict.fromkeys(p for p in phrases[role] if claimed.get(p, role) == role))
        for role in ROLES
        if role in phrases
    }
