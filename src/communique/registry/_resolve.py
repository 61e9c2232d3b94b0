"""Titles to persons: who held a role for a country on a date."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ._models import Event, EventPerson, Person, PersonRole

__all__ = ["holder_of", "resolve_event_persons", "person_by_name", "office_country"]


def person_by_name(session: Session, name: str) -> Person | None:
    """The one person of that name; a single word ("Erdoğan") is also matched as the
    last word of one known person's name ("Recep Tayyip Erdoğan")."""
    folded = " ".join(name.split()).lower()
    found = session.scalars(select(Person).where(func.lower(Person.name) == folded)).all()
    if not found and folded and " " not in folded:
        found = [p for p in session.scalars(select(Person).where(
                     func.lower(Person.name).like(f"% {folded}")))
                 if p.name.lower().split()[-1] == folded]
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


def resolve_event_persons(session: Session, event: Event) -> int:
    """Link the event's persons to registry persons; returns how many were linked.

    A named person the registry knows takes the country of the office they
    held ("received by President Ilham Aliyev" in a Georgian readout is
    Azerbaijan's head of state, not Georgia's)."""
    linked = 0
    for ep in event.persons:
        if ep.person_id is not None or ep.person is not None:
            continue
        person = (person_by_name(session, ep.name) if ep.name else
                  holder_of(session, ep.role, ep.country, event.date_lo, event.date_hi))
        if person is not None:
            ep.person = person
            linked += 1
            office = office_country(person, ep.role, event.date_lo, event.date_hi) \
                if ep.name else None
            if office and office != ep.country:
                ep.country = office
    return linked


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
