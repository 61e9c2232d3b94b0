"""Review: accept, reject, edit, merge and split events; add events by hand.

Every change writes an audit entry (who, when, before, after); nothing is
deleted: a rejected event keeps its row with status ``rejected``, a merged
event keeps its row with ``merged_into`` set, and a split moves mentions.
Edits check the event's version (optimistic locking): an edit based on a
version someone else changed meanwhile raises :class:`ConflictError`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from ..errors import ConflictError, MergeNeedsForce, NotFound, UsageError
from ..model import EVENT_TYPES, QUALIFIERS, ROLES, DateSpan, Person, Place, Quantity, Record
from ..registry import (
    STATUSES,
    Event,
    Registry,
    apply_record,
    audit,
    current_user,
    date_bounds,
    event_snapshot,
    event_to_record,
    resolve_event_persons,
    utcnow,
)
from ..validation import check_id, check_record
from ._store import store_record
from .query import EventFilter, EventView, list_events

__all__ = ["QUEUE_ORDER", "review_list", "set_status", "set_status_checked", "BulkOutcome",
           "accept", "reject", "edit", "merge", "merge_losses", "split", "add_event", "EDITABLE"]

EDITABLE = ("type", "date_start", "date_end", "from", "to", "organizations", "place_country",
            "place_city", "title", "quantity_value", "quantity_qualifier", "quantity_unit",
            "persons", "status", "measures")


#: the review queue's order: least confident first; an unknown confidence (None)
#: first of all, as the least known
QUEUE_ORDER = (Event.confidence.asc().nulls_first(), Event.id)


def _person(spec: Any) -> Person:
    """``"Name:role:ISO3"`` (name or country may be empty) or a dict -> Person."""
    if isinstance(spec, dict):
        name, role, country = spec.get("name"), spec.get("role", ""), spec.get("country")
    else:
        parts = [p.strip() for p in str(spec).split(":")] + ["", ""]
        name, role, country = parts[0] or None, parts[1], parts[2] or None
    if role not in ROLES:
        raise UsageError(f"person {spec!r}: unknown role {role!r}; write NAME:ROLE[:ISO3] "
                         f"with a role of {', '.join(ROLES)}")
    return Person(name or None, role, country.upper() if country else None)


def review_list(registry: Registry, flt: EventFilter | None = None, *, limit: int | None = None,
                offset: int = 0) -> list[EventView]:
    """Events to review: candidates unless the filter names statuses, the least
    confident first (see :data:`QUEUE_ORDER`)."""
    flt = flt or EventFilter()
    if not flt.statuses:
        flt.statuses = ["candidate"]
    return list_events(registry, flt, limit=limit, offset=offset, order_by=QUEUE_ORDER)


def _load(session: Session, event_id: int) -> Event:
    check_id(event_id, "event")
    event = session.get(Event, event_id, options=[selectinload(Event.mentions),
                                                  selectinload(Event.participants),
                                                  selectinload(Event.persons)])
    if event is None:
        raise NotFound(f"no event {event_id}; list events with `communique review list`")
    return event


def _check_version(event: Event, expected: int | None) -> None:
    if expected is not None and event.version != expected:
        raise ConflictError(
            f"event {event.id} changed since you read it (version {expected}, now "
            f"{event.version}); show it again with `communique events show {event.id}` "
            "and redo your change")


@contextmanager
def _writing(registry: Registry) -> Iterator[Session]:
    """A write transaction; a lost optimistic-lock race becomes ConflictError."""
    try:
        with registry.write() as session:
            yield session
    except StaleDataError:
        raise ConflictError("the event was changed by someone else meanwhile; "
                            "show it again and redo your change") from None


def set_status(registry: Registry, ids: Sequence[int], status: str, *, user: str | None = None,
               note: str | None = None, expected_version: int | None = None) -> list[int]:
    if status not in STATUSES:
        raise UsageError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
    who = current_user(user)
    changed = []
    with _writing(registry) as session:
        for event_id in ids:
            event = _load(session, event_id)
            _check_version(event, expected_version)
            if event.merged_into_id is not None:
                raise UsageError(f"event {event_id} was merged into {event.merged_into_id}; "
                                 f"review that one instead")
            if event.status == status:
                continue
            _set_status(session, event, status, who=who, note=note)
            changed.append(event_id)
    return changed


@dataclass
class BulkOutcome:
    """What :func:`set_status_checked` did: each event given is in exactly one list."""

    status: str
    changed: list[int] = field(default_factory=list)
    #: already in that status (and unchanged since read): nothing to do, not counted
    already: list[int] = field(default_factory=list)
    #: (id, version read, version now): changed by someone else since it was read
    conflicts: list[tuple[int, int, int]] = field(default_factory=list)
    #: (id, why): merged into another event, or no such event
    refused: list[tuple[int, str]] = field(default_factory=list)


def set_status_checked(registry: Registry, picks: Sequence[tuple[int, int | None]],
                       status: str, *, user: str | None = None,
                       note: str | None = None) -> BulkOutcome:
    """Set ``status`` on several events at once, each with the version it was read at
    (``(id, version)``; None: no check), in one transaction. Unlike :func:`set_status`,
    an event changed meanwhile does not stop the others: it is left as it is and
    reported in ``conflicts``. An id given twice counts once; an event already in
    ``status`` is reported in ``already``, not as changed. Each change is audited."""
    if status not in STATUSES:
        raise UsageError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
    who = current_user(user)
    seen: dict[int, int | None] = {}
    for event_id, version in picks:
        check_id(event_id, "event")
        seen.setdefault(event_id, version)
    out = BulkOutcome(status)
    with _writing(registry) as session:
        for event_id, version in seen.items():
            event = session.get(Event, event_id)
            if event is None:
                out.refused.append((event_id, "no such event"))
            elif event.merged_into_id is not None:
                out.refused.append((event_id, f"merged into {event.merged_into_id}"))
            elif version is not None and event.version != version:
                out.conflicts.append((event_id, version, event.version))
            elif event.status == status:
                out.already.append(event_id)
            else:
                _set_status(session, event, status, who=who, note=note)
                out.changed.append(event_id)
    return out


def accept(registry: Registry, ids: Sequence[int], *, user: str | None = None,
           note: str | None = None) -> list[int]:
    return set_status(registry, ids, "accepted", user=user, note=note)


def reject(registry: Registry, ids: Sequence[int], *, user: str | None = None,
           note: str | None = None) -> list[int]:
    return set_status(registry, ids, "rejected", user=user, note=note)


def _edited_record(rec: Record, changes: dict[str, Any]) -> Record:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise UsageError(f"cannot edit {', '.join(sorted(unknown))}; "
                         f"editable: {', '.join(EDITABLE)}")
    if "type" in changes:
        if changes["type"] not in EVENT_TYPES:
            raise UsageError(f"unknown type {changes['type']!r}")
        rec.type = changes["type"]
    if "date_start" in changes or "date_end" in changes:
        rec.date = DateSpan(changes.get("date_start", rec.date.start),
                            changes.get("date_end", rec.date.end) or None)
        try:
            date_bounds(rec.date.start, rec.date.end)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    if "from" in changes:
        rec.from_ = [c.upper() for c in changes["from"]]
    if "to" in changes:
        rec.to = [c.upper() for c in changes["to"]]
    if "organizations" in changes:
        rec.organizations = list(changes["organizations"])
    if "persons" in changes:
        rec.persons = [_person(p) for p in changes["persons"] or []]
    if "place_country" in changes or "place_city" in changes:
        old = rec.place or Place()
        rec.place = Place(changes.get("place_country", old.country),
                          changes.get("place_city", old.city))
    if "title" in changes:
        rec.title = changes["title"] or None
    if {"quantity_value", "quantity_qualifier", "quantity_unit"} & set(changes):
        old_q = rec.quantity
        value = changes.get("quantity_value", old_q.value if old_q else None)
        qualifier = changes.get("quantity_qualifier", old_q.qualifier if old_q else "exactly")
        if qualifier not in QUALIFIERS:
            raise UsageError(f"unknown qualifier {qualifier!r}; use one of {QUALIFIERS}")
        rec.quantity = (Quantity(value, qualifier, changes.get(
            "quantity_unit", old_q.unit if old_q else None)) if value is not None else None)
    if "measures" in changes:
        rec.measures = _measures(changes["measures"])
    return rec


def _measures(value: Any) -> list[Quantity]:
    """Edited measures: quantities, ``{value, qualifier, unit}`` dicts or text
    ("143 votes; 40 students")."""
    from ..measures import parse_measure

    if isinstance(value, str):
        return [parse_measure(part) for part in value.split(";") if part.strip()]
    out = []
    for m in value or []:
        if isinstance(m, Quantity):
            out.append(m)
        elif isinstance(m, str):
            out.append(parse_measure(m))
        elif isinstance(m, dict) and isinstance(m.get("value"), int | float) \
                and not isinstance(m.get("value"), bool) \
                and (m.get("unit") is None or isinstance(m["unit"], str)
                     and len(m["unit"]) <= 100):
            if (m.get("qualifier") or "exactly") not in QUALIFIERS:
                raise UsageError(f"unknown qualifier {m.get('qualifier')!r}; "
                                 f"use one of {', '.join(QUALIFIERS)}")
            out.append(Quantity(m["value"], m.get("qualifier") or "exactly", m.get("unit")))
        else:
            raise UsageError(f"measure {m!r}: give {{value, qualifier, unit}} or text "
                             "such as '143 votes'")
    return out


def edit(registry: Registry, event_id: int, changes: dict[str, Any], *, user: str | None = None,
         expected_version: int | None = None, note: str | None = None) -> EventView:
    """Change an event's fields (see :data:`EDITABLE`); the record's source stays."""
    who = current_user(user)
    with _writing(registry) as session:
        event = _load(session, event_id)
        _check_version(event, expected_version)
        before = event_snapshot(event)
        status = changes.pop("status", None)
        if status is not None and status not in STATUSES:
            raise UsageError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
        old = event_to_record(event)
        rec = _edited_record(event_to_record(event), dict(changes))
        check_record(rec, known_orgs=frozenset(old.organizations))
        apply_record(event, rec)
        if status:
            event.status = status
        resolve_event_persons(session, event)
        session.flush()
        audit(session, who=who, action="edit", entity="event", entity_id=event_id,
              before=before, after=event_snapshot(event), note=note)
    return list_events(registry, EventFilter(ids=[event_id], statuses=list(STATUSES)))[0]


def _describe(event: Event) -> str:
    codes = sorted({p.code for p in event.participants if p.kind == "country"})
    when = event.date_start or "undated"
    return f"#{event.id} {event.type} ({'+'.join(codes) or 'no country'}, {when})"


def _losses(target: Event, other: Event) -> list[str]:
    """What the counts lose when ``other`` is folded into ``target``."""
    out = []
    if other.type != target.type:
        out.append(f"{_describe(other)} is a {other.type}, {_describe(target)} a "
                   f"{target.type}: the {other.type} count loses 1")
    lost = sorted({p.code for p in other.participants if p.kind == "country"}
                  - {p.code for p in target.participants if p.kind == "country"})
    if lost:
        out.append(f"{_describe(other)} has {', '.join(lost)}, which {_describe(target)} "
                   f"lacks: {', '.join(lost)} lose{'s' if len(lost) == 1 else ''} this event")
    return out


def merge_losses(registry: Registry, keep: int, others: Sequence[int]) -> list[str]:
    """What merging ``others`` into ``keep`` takes from the counts (empty: nothing,
    the events agree on type and countries)."""
    with registry.read() as session:
        target = _load(session, keep)
        return [loss for o in others for loss in _losses(target, _load(session, o))]


def merge(registry: Registry, keep: int, others: Sequence[int], *, user: str | None = None,
          note: str | None = None, force: bool = False) -> list[int]:
    """Fold ``others`` into ``keep``: their mentions move, they point to ``keep``.

    Events of another type or with other countries are merged only with
    ``force`` (else :class:`MergeNeedsForce` says what the counts would lose).
    Undo with :func:`split` (``split(keep, mentions=...)`` revives the
    event the mentions came from).
    """
    who = current_user(user)
    if keep in others:
        raise UsageError("an event cannot be merged into itself")
    if not force:
        losses = merge_losses(registry, keep, others)
        if losses:
            raise MergeNeedsForce(losses)
    with _writing(registry) as session:
        target = _load(session, keep)
        if target.merged_into_id is not None:
            raise UsageError(f"event {keep} was itself merged into {target.merged_into_id}")
        before_target = event_snapshot(target)
        for other_id in others:
            other = _load(session, other_id)
            if other.merged_into_id is not None:
                raise UsageError(f"event {other_id} is already merged into "
                                 f"{other.merged_into_id}")
            before = event_snapshot(other)
            for m in list(other.mentions):
                m.event = target
                m.moved_from_event_id = other.id
                m.merge_reason = f"merged by {who} from event {other.id}" + (
                    f": {note}" if note else "")
            other.merged_into_id = target.id
            session.flush()
            session.expire(other, ["mentions"])
            audit(session, who=who, action="merge", entity="event", entity_id=other_id,
                  before=before, after=event_snapshot(other), note=f"merged into {keep}")
        session.flush()
        session.expire(target, ["mentions"])
        target.updated_at = utcnow()  # a row update bumps the version
        audit(session, who=who, action="merge", entity="event", entity_id=keep,
              before=before_target, after=event_snapshot(target), note=note)
    return list(others)


def split(registry: Registry, event_id: int, mentions: Sequence[int] = (), *,
          user: str | None = None, note: str | None = None) -> list[int]:
    """Move mentions out of an event; returns the events they now support.

    Mentions that came from an event merged in are given back to it (the
    merge is undone); others become a new event built from their record.
    Without ``mentions``: every mention but the first is split off.
    """
    who = current_user(user)
    with _writing(registry) as session:
        event = _load(session, event_id)
        all_ids = [m.id for m in event.mentions]
        chosen = list(mentions) or all_ids[1:]
        if not chosen:
            raise UsageError(f"event {event_id} has only one mention; nothing to split")
        bad = [m for m in chosen if m not in all_ids]
        if bad:
            raise UsageError(f"mention(s) {bad} are not on event {event_id} "
                             f"(its mentions: {all_ids})")
        if len(chosen) == len(all_ids):
            raise UsageError("an event must keep at least one mention")
        before = event_snapshot(event)
        by_id = {m.id: m for m in event.mentions}
        result: list[int] = []
        fresh: dict[int, Event] = {}
        for mid in chosen:
            m = by_id[mid]
            origin = session.get(Event, m.moved_from_event_id) if m.moved_from_event_id else None
            if origin is not None and origin.merged_into_id == event_id:
                origin_before = event_snapshot(origin)
                origin.merged_into_id = None
                m.event = origin
                m.moved_from_event_id = None
                m.merge_reason = f"split back by {who} from event {event_id}"
                target = origin
                action_before: dict[str, Any] | None = origin_before
            else:
                rec = Record.from_dict(m.record)
                target = Event(status=event.status, origin="split", version=1)
                apply_record(target, rec)
                session.add(target)
                session.flush()
                m.event = target
                m.moved_from_event_id = event_id
                m.merge_reason = f"split by {who} from event {event_id}"
                fresh[target.id] = target
                action_before = None
            session.flush()
            session.expire(target, ["mentions"])
            audit(session, who=who, action="split", entity="event", entity_id=target.id,
                  before=action_before, after=event_snapshot(target),
                  note=f"from event {event_id}")
            result.append(target.id)
        session.expire(event, ["mentions"])
        event.updated_at = utcnow()
        audit(session, who=who, action="split", entity="event", entity_id=event_id,
              before=before, after=event_snapshot(event), note=note)
    return sorted(set(result))


def add_event(registry: Registry, rec: Record, *, user: str | None = None,
              status: str = "accepted", note: str | None = None) -> int:
    """Enter an event by hand (no document); it may join an existing event.
    UsageError (every problem listed) for a record that may not be stored."""
    check_record(rec)
    if status not in STATUSES:
        raise UsageError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
    who = current_user(user)
    with registry.write(lock=True) as session:
        stored = store_record(session, rec, document_id=None, status=status, origin="manual",
                              reason=f"entered by {who}")
        if not stored.merged:
            session.flush()
        audit(session, who=who, action="add" if not stored.merged else "add-mention",
              entity="event", entity_id=stored.event.id, after=event_snapshot(stored.event),
              note=note)
        return stored.event.id


def _set_status(session: Any, event: Any, status: str, *, who: str, note: str | None) -> None:
    """Give one event a review status, with its audit entry (before and after)."""
    before = event_snapshot(event)
    event.status = status
    session.flush()
    audit(session, who=who, action=status if status != "candidate" else "reopen",
          entity="event", entity_id=event.id, before=before, after=event_snapshot(event),
          note=note)
