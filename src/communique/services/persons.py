"""People: persons with time-bounded roles, and the events they appear in.

``add_person("Jeyhun Bayramov", role="foreign_minister", country="AZE",
start="2020-07-16")`` records who held a title when; events that name only
the title ("the Foreign Minister of Azerbaijan") on a date inside that
term are then linked to the person, now and at later ingests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..errors import NotFound, UsageError
from ..model import ROLES
from ..reference import is_country_code
from ..registry import (
    Event,
    EventPerson,
    Person,
    PersonRole,
    Registry,
    audit,
    current_user,
    parse_partial_date,
    resolve_unlinked,
)
from ..registry import first_day as _lo
from ..registry import last_day as _hi
from ..validation import check_id, check_text, widths

__all__ = ["RoleView", "PersonView", "add_person", "list_persons", "show_person"]


@dataclass
class RoleView:
    role: str
    country: str | None
    start: str | None
    end: str | None


@dataclass
class PersonView:
    id: int
    name: str
    roles: list[RoleView]
    events: int = 0
    event_ids: list[int] = field(default_factory=list)


def _view(p: Person, events: int = 0, event_ids: list[int] | None = None) -> PersonView:
    return PersonView(p.id, p.name, [RoleView(r.role, r.country, r.start, r.end)
                                     for r in p.roles], events, event_ids or [])


def _date(value: str | None, bound: str) -> str | None:
    if not value:
        return None
    try:
        parse_partial_date(value)
    except ValueError as exc:
        raise UsageError(f"{exc}; give --{bound} as YYYY, YYYY-MM or YYYY-MM-DD") from None
    return _lo(value) if bound == "from" else _hi(value)


def add_person(registry: Registry, name: str, *, role: str | None = None,
               country: str | None = None, start: str | None = None, end: str | None = None,
               user: str | None = None) -> PersonView:
    """Add a person (or a role to the person of that name); link the events it explains."""
    name = " ".join(name.split())
    if not name:
        raise UsageError("give the person's name")
    check_text(name, "the name", widths()["person"])
    if country is not None and not is_country_code(country.upper()):
        raise UsageError(f"unknown country code {country!r} (ISO 3166-1 alpha-3, e.g. AZE)")
    if role is not None and role not in ROLES:
        raise UsageError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    lo, hi = _date(start, "from"), _date(end, "to")
    if lo and hi and hi < lo:
        raise UsageError(f"--to {end} is before --from {start}")
    who = current_user(user)
    with registry.write(lock=True) as session:
        person = session.scalars(select(Person).where(func.lower(Person.name) == name.lower())
                                 .options(selectinload(Person.roles))).first()
        before = _view(person).__dict__ if person else None
        if person is None:
            person = Person(name=name)
            session.add(person)
        if role is not None:
            person.roles.append(PersonRole(role=role, country=country.upper() if country else None,
                                           start=lo, end=hi))
        session.flush()
        linked = resolve_unlinked(session, person)
        after = _view(person)
        audit(session, who=who, action="add" if before is None else "add-role", entity="person",
              entity_id=person.id, before=_jsonable(before), after=_jsonable(after.__dict__),
              note=f"linked {linked} event person(s)")
        after.events = linked
        return after


def _jsonable(d: dict[str, Any] | None) -> dict[str, Any] | None:
    if d is None:
        return None
    out = dict(d)
    out["roles"] = [r.__dict__ if isinstance(r, RoleView) else r for r in d.get("roles", [])]
    return out


def _event_ids(session: Session, person_id: int) -> list[int]:
    return list(session.scalars(
        select(EventPerson.event_id).join(Event, Event.id == EventPerson.event_id)
        .where(EventPerson.person_id == person_id, Event.merged_into_id.is_(None))
        .distinct().order_by(EventPerson.event_id)))


def list_persons(registry: Registry, name: str | None = None) -> list[PersonView]:
    check_text(name, "--name", 300)
    with registry.read() as session:
        query = select(Person).options(selectinload(Person.roles)).order_by(Person.name)
        if name:
            query = query.where(func.lower(Person.name).like(f"%{name.lower()}%"))
        counts: dict[int, int] = {pid: n for pid, n in session.execute(
            select(EventPerson.person_id, func.count(func.distinct(EventPerson.event_id)))
            .where(EventPerson.person_id.is_not(None)).group_by(EventPerson.person_id))}
        return [_view(p, counts.get(p.id, 0)) for p in session.scalars(query)]


def show_person(registry: Registry, key: str | int) -> PersonView:
    """A person by id or exact name (case-insensitive), with their events."""
    with registry.read() as session:
        query = select(Person).options(selectinload(Person.roles))
        check_text(str(key), "the person", 300)
        if isinstance(key, int) or (str(key).isascii() and str(key).isdigit()):
            check_id(int(key), "person")
            person = session.scalars(query.where(Person.id == int(key))).first()
        else:
            person = session.scalars(query.where(
                func.lower(Person.name) == str(key).lower())).first()
        if person is None:
            raise NotFound(f"no person {key!r}; list them with `communique persons list`")
        ids = _event_ids(session, person.id)
        return _view(person, len(ids), ids)
