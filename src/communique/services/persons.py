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

from ..errors import ConflictError, NotFound, UsageError
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
    holder_of,
    parse_partial_date,
    resolve_unlinked,
)
from ..registry import first_day as _lo
from ..registry import last_day as _hi
from ..validation import check_id, check_text, widths

__all__ = ["RoleView", "PersonView", "add_person", "list_persons", "show_person",
           "rename_person", "add_term", "edit_term", "delete_term", "delete_person",
           "LinkChange", "term_change_preview", "person_delete_preview"]


@dataclass
class RoleView:
    role: str
    country: str | None
    start: str | None
    end: str | None
    id: int | None = None


@dataclass
class PersonView:
    id: int
    name: str
    roles: list[RoleView]
    events: int = 0
    event_ids: list[int] = field(default_factory=list)
    version: int = 1


def _view(p: Person, events: int = 0, event_ids: list[int] | None = None) -> PersonView:
    return PersonView(p.id, p.name, [RoleView(r.role, r.country, r.start, r.end, r.id)
                                     for r in p.roles], events, event_ids or [],
                      p.version or 1)


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
        if before is not None:
            person.version = (person.version or 1) + 1
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
    out["roles"] = [dict(r.__dict__) if isinstance(r, RoleView) else r
                    for r in d.get("roles", [])]
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


# ------------------------------------------------------------------ editing and deleting
#
# Every change checks the person's version (the one the editor read) and bumps it, and
# writes an audit entry with the person before and after. Links of events to the person
# are never dropped silently: a link the person's terms no longer explain (an event named
# only by the title, dated outside every term left) is undone and reported, and the
# events the person's changed terms now explain are linked; deleting a person writes
# their name on the events that named them only by title, so that every event still
# says who it was.


@dataclass
class LinkChange:
    """What a change of terms (or a deletion) does to the events that name the person."""

    #: events linked by the title alone that no term of the person explains any more
    unlinked: list[int] = field(default_factory=list)
    #: events whose title the changed terms now explain (linked by the change)
    linked: int = 0
    #: (deletion) events naming the person by name, and by title only
    by_name: list[int] = field(default_factory=list)
    by_title: list[int] = field(default_factory=list)


def _load(session: Session, person_id: int, expected_version: int | None) -> Person:
    check_id(person_id, "person")
    person = session.scalars(select(Person).where(Person.id == person_id)
                             .options(selectinload(Person.roles))).first()
    if person is None:
        raise NotFound(f"no person {person_id}; list them with `communique persons list`")
    if expected_version is not None and (person.version or 1) != expected_version:
        raise ConflictError(
            f"{person.name} changed since you read it (version {expected_version}, now "
            f"{person.version}): look at the person again and redo your change")
    return person


def _term(person: Person, term_id: int) -> PersonRole:
    check_id(term_id, "term")
    for term in person.roles:
        if term.id == term_id:
            return term
    raise NotFound(f"{person.name} has no term of office {term_id}")


def _term_values(role: str, country: str | None, start: str | None,
                 end: str | None) -> tuple[str, str | None, str | None, str | None]:
    if role not in ROLES:
        raise UsageError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    code = country.strip().upper() if country and country.strip() else None
    if code is not None and not is_country_code(code):
        raise UsageError(f"unknown country code {country!r} (ISO 3166-1 alpha-3, e.g. AZE)")
    lo, hi = _date(start, "from"), _date(end, "to")
    if lo and hi and hi < lo:
        raise UsageError(f"the term ends ({end}) before it starts ({start})")
    return role, code, lo, hi


def _covered(ep: EventPerson, event: Event, terms: list[tuple[str, str | None, str | None,
                                                               str | None]]) -> bool:
    """Whether one of ``terms`` (role, country, start, end) explains the title of ``ep``."""
    lo, hi = event.date_lo, event.date_hi
    return any(role == ep.role and country == ep.country and lo and hi
               and (start is None or start <= lo) and (end is None or end >= hi)
               for role, country, start, end in terms)


def _title_links(session: Session, person_id: int) -> list[tuple[EventPerson, Event]]:
    rows = session.execute(
        select(EventPerson, Event).join(Event, Event.id == EventPerson.event_id)
        .where(EventPerson.person_id == person_id, EventPerson.name.is_(None)))
    return [(ep, event) for ep, event in rows.tuples()]


def _outside(session: Session, person: Person,
             terms: list[tuple[str, str | None, str | None, str | None]]
             ) -> list[tuple[EventPerson, Event]]:
    return [(ep, event) for ep, event in _title_links(session, person.id)
            if not _covered(ep, event, terms)]


def _terms_of(person: Person, *, without: int | None = None,
              replace: tuple[int, tuple[str, str | None, str | None, str | None]] | None = None
              ) -> list[tuple[str, str | None, str | None, str | None]]:
    out = []
    for t in person.roles:
        if t.id == without:
            continue
        if replace is not None and t.id == replace[0]:
            out.append(replace[1])
        else:
            out.append((t.role, t.country, t.start, t.end))
    return out


def term_change_preview(registry: Registry, person_id: int, term_id: int, *,
                        new: tuple[str, str | None, str | None, str | None] | None = None
                        ) -> LinkChange:
    """The events named by title only that would lose their link to the person if the
    term were deleted (``new`` None) or changed to ``new`` (role, country, start, end)."""
    with registry.read() as session:
        person = _load(session, person_id, None)
        _term(person, term_id)
        terms = _terms_of(person, without=term_id) if new is None else \
            _terms_of(person, replace=(term_id, _term_values(*new)))
        return LinkChange(unlinked=sorted({ep.event_id
                                           for ep, _ in _outside(session, person, terms)}))


def person_delete_preview(registry: Registry, person_id: int) -> LinkChange:
    """The events that name the person, by name and by title only."""
    with registry.read() as session:
        person = _load(session, person_id, None)
        rows = session.execute(select(EventPerson.event_id, EventPerson.name)
                               .where(EventPerson.person_id == person.id)).all()
        return LinkChange(by_name=sorted({e for e, n in rows if n is not None}),
                          by_title=sorted({e for e, n in rows if n is None}))


def _relink(session: Session, person: Person) -> LinkChange:
    """After the terms changed: undo the title links no term explains, link the rest."""
    session.flush()
    lost = _outside(session, person, _terms_of(person))
    for ep, _ in lost:
        ep.person_id = None
        ep.person = None
    session.flush()
    for ep, event in lost:  # another person's term may explain the title now
        ep.person = holder_of(session, ep.role, ep.country, event.date_lo, event.date_hi)
    session.expire(person, ["roles"])
    return LinkChange(unlinked=sorted({ep.event_id for ep, _ in lost}),
                      linked=resolve_unlinked(session, person))


def _change(session: Session, person: Person, who: str, action: str,
            before: PersonView, links: LinkChange | None, note: str | None) -> PersonView:
    person.version = (person.version or 1) + 1
    session.flush()
    after = _view(person)
    said = [note] if note else []
    if links is not None and links.unlinked:
        said.append("no longer linked (no term explains their title): "
                    + ", ".join(f"ev-{i}" for i in links.unlinked))
    if links is not None and links.linked:
        said.append(f"linked {links.linked} event person(s)")
    audit(session, who=who, action=action, entity="person", entity_id=person.id,
          before=_jsonable(before.__dict__), after=_jsonable(after.__dict__),
          note="; ".join(said) or None)
    return after


def rename_person(registry: Registry, person_id: int, name: str, *,
                  expected_version: int | None, user: str | None = None) -> PersonView:
    """Give the person another name; events linked to them stay linked, and events
    that name the new name are linked too."""
    name = " ".join(name.split())
    if not name:
        raise UsageError("give the person's name")
    check_text(name, "the name", widths()["person"])
    who = current_user(user)
    with registry.write(lock=True) as session:
        person = _load(session, person_id, expected_version)
        other = session.scalars(select(Person.id).where(
            func.lower(Person.name) == name.lower(), Person.id != person.id)).first()
        if other is not None:
            raise UsageError(f"another person (person {other}) is called {name}: "
                             "give a name that tells them apart")
        before = _view(person)
        person.name = name
        session.flush()
        linked = resolve_unlinked(session, person)
        return _change(session, person, who, "rename", before, LinkChange(linked=linked),
                       None)


def add_term(registry: Registry, person_id: int, role: str, *, country: str | None = None,
             start: str | None = None, end: str | None = None,
             expected_version: int | None, user: str | None = None) -> PersonView:
    """A term of office for the person; events its title explains are linked."""
    values = _term_values(role, country, start, end)
    who = current_user(user)
    with registry.write(lock=True) as session:
        person = _load(session, person_id, expected_version)
        before = _view(person)
        person.roles.append(PersonRole(role=values[0], country=values[1], start=values[2],
                                       end=values[3]))
        return _change(session, person, who, "add-role", before, _relink(session, person),
                       None)


def edit_term(registry: Registry, person_id: int, term_id: int, role: str, *,
              country: str | None = None, start: str | None = None, end: str | None = None,
              expected_version: int | None, user: str | None = None
              ) -> tuple[PersonView, LinkChange]:
    """Change a term of office; title links it no longer explains are undone (and
    reported), the ones it now explains are made."""
    values = _term_values(role, country, start, end)
    who = current_user(user)
    with registry.write(lock=True) as session:
        person = _load(session, person_id, expected_version)
        term = _term(person, term_id)
        before = _view(person)
        term.role, term.country, term.start, term.end = values
        links = _relink(session, person)
        return _change(session, person, who, "edit-role", before, links, None), links


def delete_term(registry: Registry, person_id: int, term_id: int, *,
                expected_version: int | None, user: str | None = None
                ) -> tuple[PersonView, LinkChange]:
    """Delete a term of office; title links no other term explains are undone (and
    reported in the audit entry and the answer)."""
    who = current_user(user)
    with registry.write(lock=True) as session:
        person = _load(session, person_id, expected_version)
        term = _term(person, term_id)
        before = _view(person)
        person.roles.remove(term)
        links = _relink(session, person)
        return _change(session, person, who, "delete-role", before, links, None), links


def delete_person(registry: Registry, person_id: int, *, expected_version: int | None,
                  user: str | None = None) -> LinkChange:
    """Delete the person and their terms. Events that named them keep the name: an
    event that named them by title only gets the name written on it (it showed that
    name), so no event loses who it was; the audit entry keeps the person as they were
    and the events concerned. Adding the person again links them again by name."""
    who = current_user(user)
    with registry.write(lock=True) as session:
        person = _load(session, person_id, expected_version)
        eps = list(session.scalars(select(EventPerson)
                                   .where(EventPerson.person_id == person.id)))
        links = LinkChange(by_name=sorted({ep.event_id for ep in eps if ep.name}),
                           by_title=sorted({ep.event_id for ep in eps if not ep.name}))
        for ep in eps:
            if not ep.name:
                ep.name = person.name
            ep.person_id = None
            ep.person = None
        before = _view(person, len(eps), sorted({ep.event_id for ep in eps}))
        session.flush()
        session.delete(person)
        audit(session, who=who, action="delete", entity="person", entity_id=person_id,
              before=_jsonable(before.__dict__), after=None,
              note=f"{len(links.by_name) + len(links.by_title)} event(s) keep the name "
                   f"{before.name}" + (f" (written on {len(links.by_title)} named only by "
                                       "title)" if links.by_title else ""))
        return links
