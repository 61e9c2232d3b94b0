"""Titles to persons: who held a role for a country on a date."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any, Protocol

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from ._models import Event, EventPerson, Person, PersonRole

__all__ = ["PersonIndex", "PersonLookup", "holder_of", "resolve_event_persons",
           "resolve_persons", "person_by_name", "office_country"]


def _fold(name: str) -> str:
    return " ".join(name.split()).lower()


def _surname_match(persons: list[Person], folded: str) -> list[Person]:
    """The persons whose name ends with the one word ``folded`` ("erdoğan")."""
    return [p for p in persons if " " not in folded and p.name.lower().split()[-1] == folded
            and " " in p.name.strip()]


class PersonIndex:
    """The persons and their terms of office, read once, for resolving many events
    without a query per person (an ingest batch: nobody adds persons meanwhile).
    Answers exactly as :func:`person_by_name` and :func:`holder_of` do."""

    def __init__(self, session: Session) -> None:
        self._names: dict[str, list[Person]] = defaultdict(list)
        self._terms: dict[tuple[str, str | None], list[PersonRole]] = defaultdict(list)
        self._all: list[Person] = []
        for person in session.scalars(select(Person).options(selectinload(Person.roles))):
            self._names[_fold(person.name)].append(person)
            self._all.append(person)
            for term in person.roles:
                self._terms[(term.role, term.country)].append(term)

    def by_name(self, name: str) -> Person | None:
        folded = _fold(name)
        found = self._names.get(folded, []) or (
            _surname_match(self._all, folded) if folded else [])
        return found[0] if len(found) == 1 else None

    def holder(self, role: str, country: str | None, lo: str | None,
               hi: str | None) -> Person | None:
        if not country or not lo or not hi:
            return None
        terms = [t for t in self._terms.get((role, country), ())
                 if (t.start is None or t.start <= lo) and (t.end is None or t.end >= hi)]
        return terms[0].person if len({t.person_id for t in terms}) == 1 else None


def person_by_name(session: Session, name: str) -> Person | None:
    """The one person of that name; a single word ("Erdoğan") is also matched as the
    last word of one known person's name ("Recep Tayyip Erdoğan")."""
    folded = _fold(name)
    found = session.scalars(select(Person).where(func.lower(Person.name) == folded)).all()
    if not found and folded and " " not in folded:
        found = _surname_match(list(session.scalars(select(Person).where(
            func.lower(Person.name).like(f"% {folded}")))), folded)
    return found[0] if len(found) == 1 else None


def holder_of(session: Session, role: str, country: str | None, lo: str | None,
              hi: str | None) -> Person | None:
    """The one person who held ``role`` for ``country`` over the whole of [lo, hi]."""
    if not country or not lo or not hi:
        return None
    rows = session.scalars(
        select(PersonRole).where(
            PersonRole.role == role, PersonRole.country == country,
            or_(PersonRole.start.is_(None), PersonRole.start <= lo),
            or_(PersonRole.end.is_(None), PersonRole.end >= hi),
        )
    ).all()
    people = {r.person_id for r in rows}
    if len(people) != 1:
        return None
    return rows[0].person


def office_country(person: Person, role: str, lo: str | None, hi: str | None) -> str | None:
    """The one country whose ``role`` ``person`` held over [lo, hi], if the registry knows."""
    found = {r.country for r in person.roles
             if r.role == role and r.country and (not r.start or not hi or r.start <= hi)
             and (not r.end or not lo or lo <= r.end)}
    return found.pop() if len(found) == 1 else None


class PersonLookup(Protocol):
    """Who a name or a title is: :class:`PersonIndex`, or a query each."""

    def by_name(self, name: str) -> Person | None: ...

    def holder(self, role: str, country: str | None, lo: str | None,
               hi: str | None) -> Person | None: ...


class _Queries:
    """:class:`PersonLookup` by a query per person."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def by_name(self, name: str) -> Person | None:
        return person_by_name(self.session, name)

    def holder(self, role: str, country: str | None, lo: str | None,
               hi: str | None) -> Person | None:
        return holder_of(self.session, role, country, lo, hi)


def resolve_persons(persons: Iterable[Any], lo: str | None, hi: str | None,
                    lookup: PersonLookup) -> int:
    """Link the unlinked ``persons`` of an event dated [lo, hi] (objects with ``name``,
    ``role``, ``country``, ``person_id`` and ``person``: :class:`EventPerson` or a bulk
    writer's row); returns how many were linked.

    A named person the registry knows takes the country of the office they
    held ("received by President Ilham Aliyev" in a Georgian readout is
    Azerbaijan's head of state, not Georgia's)."""
    linked = 0
    for ep in persons:
        if ep.person_id is not None or ep.person is not None:
            continue
        person = lookup.by_name(ep.name) if ep.name else lookup.holder(ep.role, ep.country, lo, hi)
        if person is not None:
            ep.person = person
            linked += 1
            office = office_country(person, ep.role, lo, hi) if ep.name else None
            if office and office != ep.country:
                ep.country = office
    return linked


def resolve_event_persons(session: Session, event: Event,
                          index: PersonIndex | None = None) -> int:
    """Link the event's persons to registry persons; returns how many were linked.
    ``index``: the persons read once (see :class:`PersonIndex`), else a query each."""
    return resolve_persons(event.persons, event.date_lo, event.date_hi,
                           index if index is not None else _Queries(session))


def resolve_unlinked(session: Session, person: Person) -> int:
    """After a person or role is added: link the event persons it explains."""
    linked = 0
    for role in person.roles:
        query = (select(EventPerson, Event).join(Event, EventPerson.event_id == Event.id)
                 .where(EventPerson.person_id.is_(None), EventPerson.name.is_(None),
                        EventPerson.role == role.role, EventPerson.country == role.country))
        for ep, event in session.execute(query):
            if holder_of(session, ep.role, ep.country, event.date_lo, event.date_hi) is person:
                ep.person = person
                linked += 1
    folded = person.name.lower()
    for ep in session.scalars(select(EventPerson).where(
            EventPerson.person_id.is_(None), func.lower(EventPerson.name) == folded)):
        ep.person = person
        linked += 1
    return linked
