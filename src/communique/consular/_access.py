"""Who may do what at the consular desk, and the access log.

    consular  works cases and operations (reads personal data, logged)
    admin     everything, including the access log and exports of personal data
    viewer, editor   statistics only

A case may be restricted to named officers: then only they (and admins) see it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..errors import AccessDeniedError
from ._models import AccessLogEntry, ConsularCase

__all__ = ["Actor", "DESK_ROLES", "can_work", "require_desk", "require_admin",
           "require_case", "may_see", "log_access"]

#: roles that work cases
DESK_ROLES: tuple[str, ...] = ("consular", "admin")


@dataclass(frozen=True)
class Actor:
    """The person acting: a name for the logs and a role (viewer, editor, consular, admin)."""

    name: str
    role: str

    @property
    def admin(self) -> bool:
        return self.role == "admin"


def can_work(actor: Actor) -> bool:
    return actor.role in DESK_ROLES


def require_desk(actor: Actor) -> None:
    if not can_work(actor):
        raise AccessDeniedError(
            f"{actor.name} ({actor.role}) may see the desk's statistics only; cases and "
            "operations need the consular role (`communique users role NAME consular`)")


def require_admin(actor: Actor, what: str) -> None:
    if not actor.admin:
        raise AccessDeniedError(f"{what} is for admins only; ask an admin")


def may_see(actor: Actor, case: ConsularCase) -> bool:
    if not can_work(actor):
        return False
    return actor.admin or not case.restricted_to or actor.name in case.restricted_to


def require_case(actor: Actor, case: ConsularCase) -> None:
    require_desk(actor)
    if not may_see(actor, case):
        raise AccessDeniedError(f"case {case.id} is restricted to named officers; "
                                "ask one of them or an admin")


def log_access(session: Session, actor: Actor, action: str, *, case_id: int | None = None,
               operation_id: int | None = None, fields: Iterable[str] = (),
               note: str | None = None) -> None:
    """Write one access-log row (never a personal value: field names and ids only)."""
    session.add(AccessLogEntry(who=actor.name, action=action, case_id=case_id,
                               operation_id=operation_id,
                               fields=",".join(fields)[:300] or None, note=note))
