"""Agreements over their life: signed, ratified or approved by each party, in
force, ended; linked to the event that reports the signing and to the visit or
meeting where it was signed.

State (:func:`state_of`), from the steps recorded:

* ``ended`` once an ``ended`` step is recorded;
* ``in_force`` once an ``in_force`` step is recorded;
* ``ratified`` when every party has ratified or approved it;
* ``signed`` otherwise (``pending`` lists the parties still to ratify).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import NotFound, UsageError
from ..model import Person, Record
from ..registry import (
    AGREEMENT_ACTIONS,
    Agreement,
    AgreementStep,
    Event,
    EventParticipant,
    Registry,
    audit,
    current_user,
    date_bounds,
)
from .query import EventFilter, list_events

__all__ = ["STATES", "AgreementView", "Step", "state_of", "add_agreement", "add_step",
           "list_agreements", "get_agreement", "sync_agreements"]

STATES: tuple[str, ...] = ("signed", "ratified", "in_force", "ended")
#: events at which an agreement may be signed (the "occasion")
OCCASION_TYPES = ("visit", "meeting", "multilateral", "commission", "consultation")


@dataclass(frozen=True)
class Step:
    action: str
    party: str | None
    date: str | None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"action": self.action, "party": self.party, "date": self.date,
                "note": self.note}


@dataclass
class AgreementView:
    id: int
    title: str
    parties: list[str]
    signed_date: str | None
    place_country: str | None = None
    place_city: str | None = None
    signatories: list[Person] = field(default_factory=list)
    event_id: int | None = None
    occasion_event_id: int | None = None
    steps: list[Step] = field(default_factory=list)

    @property
    def state(self) -> str:
        return state_of(self.parties, self.steps)[0]

    @property
    def pending(self) -> list[str]:
        return state_of(self.parties, self.steps)[1]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "parties": self.parties,
                "signed_date": self.signed_date,
                "place": {"country": self.place_country, "city": self.place_city},
                "signatories": [p.to_dict() for p in self.signatories],
                "event_id": self.event_id, "occasion_event_id": self.occasion_event_id,
                "state": self.state, "pending": self.pending,
                "steps": [s.to_dict() for s in self.steps]}


def state_of(parties: list[str], steps: list[Step]) -> tuple[str, list[str]]:
    """(state, parties still to ratify or approve) from the recorded steps."""
    actions = {s.action for s in steps}
    done = {s.party for s in steps if s.action in ("ratified", "approved")}
    pending = [] if None in done else [p for p in parties if p not in done]
    if "ended" in actions:
        return "ended", pending
    if "in_force" in actions:
        return "in_force", pending
    if parties and not pending:
        return "ratified", []
    return "signed", pending


def _view(row: Agreement) -> AgreementView:
    return AgreementView(
        id=row.id, title=row.title, parties=list(row.parties or []),
        signed_date=row.signed_date, place_country=row.place_country,
        place_city=row.place_city,
        signatories=[Person(p.get("name"), p.get("role") or "other", p.get("country"))
                     for p in row.signatories or []],
        event_id=row.event_id, occasion_event_id=row.occasion_event_id,
        steps=[Step(s.action, s.party, s.date, s.note) for s in row.steps])


def _check_date(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    try:
        date_bounds(value, None)
    except ValueError as exc:
        raise UsageError(f"{what}: {exc}") from None
    return value


def _new(session: Session, *, title: str, parties: list[str], signed_date: str | None,
         place_country: str | None, place_city: str | None, signatories: list[Person],
         event_id: int | None, occasion_event_id: int | None, who: str,
         origin: str) -> Agreement:
    if len(parties) < 1:
        raise UsageError("an agreement needs its parties (ISO3 codes or organisations)")
    _check_date(signed_date, "signed date")
    row = Agreement(title=title or "Agreement", parties=parties, signed_date=signed_date,
                    date_lo=date_bounds(signed_date, None)[1], place_country=place_country,
                    place_city=place_city, signatories=[p.to_dict() for p in signatories],
                    event_id=event_id, occasion_event_id=occasion_event_id, origin=origin,
                    created_by=who)
    if signed_date:
        row.steps.append(AgreementStep(action="signed", party=None, date=signed_date))
    session.add(row)
    session.flush()
    return row


def add_agreement(registry: Registry, *, title: str, parties: list[str],
                  signed_date: str | None = None, place_country: str | None = None,
                  place_city: str | None = None, signatories: list[Person] | None = None,
                  occasion_event_id: int | None = None, user: str | None = None) -> int:
    """Record an agreement (signed on ``signed_date`` when given); returns its id."""
    who = current_user(user)
    with registry.write() as session:
        if occasion_event_id is not None and session.get(Event, occasion_event_id) is None:
            raise NotFound(f"no event {occasion_event_id} to link the signing to")
        row = _new(session, title=title, parties=[p.upper() if len(p) == 3 else p
                                                  for p in parties],
                   signed_date=signed_date, place_country=place_country,
                   place_city=place_city, signatories=signatories or [], event_id=None,
                   occasion_event_id=occasion_event_id, who=who, origin="manual")
        audit(session, who=who, action="add", entity="agreement", entity_id=row.id,
              after=_view(row).to_dict())
        return row.id


def add_step(registry: Registry, agreement_id: int, action: str, *, party: str | None = None,
             date: str | None = None, note: str | None = None,
             user: str | None = None) -> AgreementView:
    """Record a step of the agreement's life; returns the agreement as it now stands."""
    if action not in AGREEMENT_ACTIONS:
        raise UsageError(f"unknown step {action!r}; use one of {', '.join(AGREEMENT_ACTIONS)}")
    _check_date(date, "date")
    who = current_user(user)
    with registry.write() as session:
        row = session.get(Agreement, agreement_id, options=[selectinload(Agreement.steps)])
        if row is None:
            raise NotFound(f"no agreement {agreement_id}; list them with "
                           "`communique agreements list`")
        code = party.upper() if party and len(party) == 3 else party
        if code and code not in row.parties:
            raise UsageError(f"{code} is not a party to agreement {agreement_id} "
                             f"({', '.join(row.parties)})")
        before = _view(row).to_dict()
        row.steps.append(AgreementStep(action=action, party=code, date=date, note=note))
        session.flush()
        view = _view(row)
        audit(session, who=who, action=action, entity="agreement", entity_id=row.id,
              before=before, after=view.to_dict(), note=note)
        return view


def list_agreements(registry: Registry, *, states: list[str] | None = None,
                    party: str | None = None, from_date: str | None = None,
                    to_date: str | None = None) -> list[AgreementView]:
    """Agreements by signing date, filtered by state, party and signing period."""
    for s in states or []:
        if s not in STATES:
            raise UsageError(f"unknown state {s!r}; use one of {', '.join(STATES)}")
    query = select(Agreement).options(selectinload(Agreement.steps))
    if from_date:
        query = query.where(Agreement.date_lo >= date_bounds(_check_date(from_date, "from"),
                                                             None)[1])
    if to_date:
        query = query.where(Agreement.date_lo <= date_bounds(_check_date(to_date, "to"),
                                                             None)[2])
    with registry.read() as session:
        rows = session.scalars(query.order_by(Agreement.date_lo.is_(None), Agreement.date_lo,
                                              Agreement.id)).all()
        views = [_view(r) for r in rows]
    if party:
        code = party.upper() if len(party) == 3 else party
        views = [v for v in views if code in v.parties]
    if states:
        views = [v for v in views if v.state in states]
    return views


def get_agreement(registry: Registry, agreement_id: int) -> AgreementView:
    with registry.read() as session:
        row = session.get(Agreement, agreement_id, options=[selectinload(Agreement.steps)])
        if row is None:
            raise NotFound(f"no agreement {agreement_id}; list them with "
                           "`communique agreements list`")
        return _view(row)


def _occasion(session: Session, rec: Record, event_id: int) -> int | None:
    """The visit or meeting of the same day with a country in common (events dated
    only by month or year are too vague to be the occasion)."""
    if not rec.date.start or len(rec.date.start) != 10:
        return None
    countries = {*rec.from_, *rec.to}
    query = (select(Event.id, EventParticipant.code).join(EventParticipant)
             .where(Event.type.in_(OCCASION_TYPES), Event.id != event_id,
                    Event.merged_into_id.is_(None), Event.status != "rejected",
                    Event.precision == "day",
                    Event.date_lo <= rec.date.start,
                    Event.date_hi >= rec.date.start).order_by(Event.id))
    for eid, code in session.execute(query):
        if code in countries:
            return int(eid)
    return None


def sync_agreements(registry: Registry, *, user: str | None = None) -> int:
    """One agreement per accepted ``agreement`` event that has none yet, linked to
    its signing occasion; returns how many were added."""
    views = list_events(registry, EventFilter(types=["agreement"], statuses=["accepted"]))
    who = current_user(user)
    added = 0
    with registry.write() as session:
        linked = set(session.scalars(select(Agreement.event_id)
                                     .where(Agreement.event_id.is_not(None))))
        for v in views:
            if v.id in linked:
                continue
            rec = v.record
            parties = list(dict.fromkeys([*rec.from_, *rec.to, *rec.organizations]))
            if not parties:
                continue
            place = rec.place
            _new(session, title=rec.title or "Agreement", parties=parties,
                 signed_date=rec.date.start, place_country=place.country if place else None,
                 place_city=place.city if place else None, signatories=list(rec.persons),
                 event_id=v.id, occasion_event_id=_occasion(session, rec, v.id), who=who,
                 origin="ingest")
            added += 1
        if added:
            audit(session, who=who, action="sync", entity="agreement", entity_id=None,
                  after={"added": added})
    return added
