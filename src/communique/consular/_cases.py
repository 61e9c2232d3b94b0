"""Cases: open, list, show (logged), assign, note, status, link, merge, restrict, search.

Every function takes the :class:`Desk` (registry + keyring) and the acting
:class:`Actor`; each change is one transaction with an audit entry (no
personal value in it) and refreshes the month's statistics in the registry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..errors import NotFound, UsageError
from ..registry import audit
from ._access import Actor, log_access, may_see, require_case, require_desk
from ._attachments import attachment_rows
from ._desk import Desk
from ._models import Attachment, CaseLink, CaseNote, Citizen, ConsularCase, NameToken
from ._sla import SlaState, sla_state
from ._slaconf import SlaSettings, sla_settings
from ._stats import refresh_appeals, refresh_months
from ._values import (
    CATEGORIES,
    CHANNELS,
    PERSONAL_FIELDS,
    PRIORITIES,
    STATUSES,
    CitizenInput,
    check_choice,
    check_country,
    check_text,
    decrypt_citizen,
    make_citizen,
    parse_moment,
    utcnow,
)

__all__ = ["CaseRow", "CaseDetail", "case_row", "open_case", "list_cases", "show_case",
           "assign_case", "add_note", "set_status", "link_cases", "merge_cases", "restrict_case",
           "find_cases", "TRANSITIONS", "mission_country", "case_sla", "case_clock"]

#: the status machine (resolved and closed cases reopen to in-progress)
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "new": ("assigned", "in-progress", "closed"),
    "assigned": ("in-progress", "waiting", "resolved", "closed"),
    "in-progress": ("waiting", "resolved"),
    "waiting": ("in-progress", "resolved"),
    "resolved": ("closed", "in-progress"),
    "closed": ("in-progress",),
}


@dataclass(frozen=True)
class CaseRow:
    """A case without personal data (queues, boards, lists)."""

    id: int
    opened_at: datetime
    channel: str
    category: str
    country: str
    city: str | None
    mission: str | None
    officer: str | None
    priority: str
    status: str
    restricted: bool
    merged_into: int | None
    sla: SlaState

    def to_dict(self) -> dict[str, Any]:
        s = self.sla
        return {"id": self.id, "opened_at": self.opened_at.isoformat(), "channel": self.channel,
                "category": self.category, "country": self.country, "city": self.city,
                "mission": self.mission, "officer": self.officer, "priority": self.priority,
                "status": self.status, "restricted": self.restricted,
                "merged_into": self.merged_into,
                "sla": {"flag": s.flag, "used_hours": s.used_hours,
                        "target_hours": s.target_hours, "paused": s.paused,
                        "resolution_due": s.resolution_due.isoformat(),
                        "response_due": s.response_due.isoformat() if s.response_due else None}}


@dataclass
class CaseDetail:
    """A case with its citizens' personal data (reading it is logged)."""

    row: CaseRow
    summary: str | None
    citizens: list[dict[str, Any]] = field(default_factory=list)
    timeline: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    restricted_to: list[str] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {**self.row.to_dict(), "summary": self.summary, "citizens": self.citizens,
                "timeline": self.timeline, "links": self.links,
                "restricted_to": self.restricted_to, "attachments": self.attachments}


def mission_country(case: ConsularCase, settings: SlaSettings | None = None) -> str:
    """The country whose calendar counts: the mission's in the SLA settings, else the
    mission's code when its name starts with one, else the case's country."""
    from ..reference import is_country_code

    known = (settings or sla_settings()).mission(case.mission)
    if known is not None and known.country:
        return known.country
    code = (case.mission or "").strip().upper()[:3]
    return code if len(code) == 3 and is_country_code(code) else case.country


def case_clock(case: ConsularCase, settings: SlaSettings | None = None
               ) -> tuple[str, ZoneInfo]:
    """(calendar country, time zone) of the mission handling a case."""
    conf = settings or sla_settings()
    iso3 = mission_country(case, conf)
    return iso3, conf.zone(iso3, case.mission)


def case_sla(case: ConsularCase, now: datetime | None = None,
             settings: SlaSettings | None = None) -> SlaState:
    conf = settings or sla_settings()
    iso3, zone = case_clock(case, conf)
    return sla_state(category=case.category, iso3=iso3, opened=case.opened_at,
                     now=now or utcnow(), first_response=case.first_response_at,
                     resolved=case.resolved_at, waiting_since=case.waiting_since,
                     paused_hours=case.paused_hours or 0.0, zone=zone, settings=conf,
                     workday=conf.workday(case.mission))


def _row(case: ConsularCase, now: datetime | None = None,
         settings: SlaSettings | None = None) -> CaseRow:
    return CaseRow(case.id, case.opened_at, case.channel, case.category, case.country,
                   case.city, case.mission, case.officer, case.priority, case.status,
                   bool(case.restricted_to), case.merged_into_id,
                   case_sla(case, now, settings))


def _get(session: Session, case_id: int) -> ConsularCase:
    case = session.get(ConsularCase, case_id)
    if case is None:
        raise NotFound(f"no case {case_id}; list them with `communique cases list`")
    return case


def _snapshot(case: ConsularCase) -> dict[str, Any]:
    return {"status": case.status, "officer": case.officer, "category": case.category,
            "country": case.country, "priority": case.priority,
            "merged_into": case.merged_into_id, "restricted": bool(case.restricted_to)}


def _timeline(session: Session, case: ConsularCase, actor: Actor, kind: str,
              detail: str | None = None, text: str | None = None, *,
              ring: Any = None) -> None:
    note = CaseNote(author=actor.name, kind=kind, detail=detail, at=utcnow(),
                    text_enc=ring.encrypt(text, "note.text") if ring and text else None)
    if case.id is None:
        case.notes.append(note)  # a new case: inserted with it, in one batch
    else:
        note.case_id = case.id
        session.add(note)


def open_case(desk: Desk, actor: Actor, *, opened: str | datetime, channel: str, category: str,
              country: str, city: str | None = None, mission: str | None = None,
              citizen: CitizenInput | None = None, summary: str | None = None,
              priority: str = "normal", status: str = "new", officer: str | None = None,
              refresh: bool = True) -> int:
    """Open a case; returns its id. Bad input raises UsageError and stores nothing."""
    require_desk(actor)
    values = check_case(opened=opened, channel=channel, category=category, country=country,
                        priority=priority, status=status)
    ring = desk.keyring()
    with desk.registry.write() as session:
        case = add_case(session, ring, actor, values, city=city, mission=mission,
                        citizen=citizen, summary=summary, officer=officer)
        session.flush()
        if refresh:  # one new case changes one aggregate: its month, category, country
            refresh_appeals(session, [(case.month, case.category, case.country)])
        return case.id


def check_case(*, opened: str | datetime, channel: str, category: str, country: str,
               priority: str = "normal", status: str = "new") -> dict[str, Any]:
    moment = parse_moment(opened, "opened")
    if moment > utcnow().replace(year=utcnow().year + 1):
        raise UsageError("opened: the date is in the future")
    return {"opened_at": moment,
            "channel": check_choice(channel, CHANNELS, "channel")
            if channel and channel.strip() else "unknown",
            "category": check_choice(category, CATEGORIES, "category"),
            "country": check_country(country),
            "priority": check_choice(priority or "normal", PRIORITIES, "priority"),
            "status": check_choice(status or "new", STATUSES, "status")}


def add_case(session: Session, ring: Any, actor: Actor, values: dict[str, Any], *,
             city: str | None, mission: str | None, citizen: CitizenInput | None,
             summary: str | None, officer: str | None) -> ConsularCase:
    """Add a checked case in an open transaction (used by open_case and the import)."""
    moment: datetime = values["opened_at"]
    status = values["status"]
    if officer and officer.strip() and status == "new":
        status = "assigned"
    case = ConsularCase(
        opened_at=moment, month=moment.strftime("%Y-%m"), channel=values["channel"],
        category=values["category"], country=values["country"],
        city=check_text(city, "city"), mission=check_text(mission, "mission", 100),
        officer=check_text(officer, "officer", 100), priority=values["priority"], status=status,
        summary_enc=ring.encrypt((summary or "").strip() or None, "case.summary"),
        created_by=actor.name, paused_hours=0.0)
    if status in ("resolved", "closed"):
        case.first_response_at = case.resolved_at = moment
        if status == "closed":
            case.closed_at = moment
    session.add(case)
    if citizen is not None and not citizen.empty():
        case.citizens.append(make_citizen(session, ring, citizen, on=moment.date()))
    _timeline(session, case, actor, "open", f"opened via {case.channel}")
    return case


def list_cases(desk: Desk, actor: Actor, *, status: Sequence[str] = (), officer: str | None = None,
               flag: str | None = None, open_only: bool = False, limit: int | None = 200,
               now: datetime | None = None) -> list[CaseRow]:
    """Cases the actor may see, most urgent SLA first (no personal data)."""
    require_desk(actor)
    q = select(ConsularCase).where(ConsularCase.merged_into_id.is_(None))
    if status:
        q = q.where(ConsularCase.status.in_([check_choice(s, STATUSES, "status") for s in status]))
    elif open_only:
        q = q.where(ConsularCase.status.notin_(("resolved", "closed")))
    if officer:
        q = q.where(ConsularCase.officer == officer)
    q = q.order_by(ConsularCase.opened_at)
    with desk.registry.read() as session:
        cases = [c for c in session.scalars(q) if may_see(actor, c)]
    conf = sla_settings()
    rows = [_row(c, now, conf) for c in cases]
    if flag:
        rows = [r for r in rows if r.sla.flag == flag]
    order = {"breached": 0, "due-soon": 1, "ok": 2, "met": 3}
    rows.sort(key=lambda r: (order.get(r.sla.flag, 4), r.sla.resolution_due))
    return rows[:limit] if limit else rows


def show_case(desk: Desk, actor: Actor, case_id: int) -> CaseDetail:
    """A case with its personal data, decrypted; the read is written to the access log."""
    require_desk(actor)
    ring = desk.keyring()
    with desk.registry.write() as session:
        case = session.scalars(select(ConsularCase).where(ConsularCase.id == case_id).options(
            selectinload(ConsularCase.citizens), selectinload(ConsularCase.notes),
            selectinload(ConsularCase.attachments))).first()
        if case is None:
            raise NotFound(f"no case {case_id}; list them with `communique cases list`")
        require_case(actor, case)
        citizens = [{"id": c.id, "group": c.grp, "erased": c.erased_at is not None,
                     **decrypt_citizen(ring, c)} for c in case.citizens]
        timeline = [{"at": n.at.isoformat(), "author": n.author, "kind": n.kind,
                     "detail": n.detail, "text": ring.decrypt(n.text_enc, "note.text")}
                    for n in case.notes]
        links = [{"case": lk.other_id if lk.case_id == case.id else lk.case_id,
                  "kind": lk.kind} for lk in session.scalars(select(CaseLink).where(
                      (CaseLink.case_id == case.id) | (CaseLink.other_id == case.id)))]
        files = attachment_rows(ring, case.attachments)
        log_access(session, actor, "read", case_id=case.id,
                   fields=("summary", "notes", *(PERSONAL_FIELDS if citizens else ()),
                           *(("attachment names",) if files else ())))
        return CaseDetail(_row(case), ring.decrypt(case.summary_enc, "case.summary"),
                          citizens, timeline, links, list(case.restricted_to or []), files)


def case_row(desk: Desk, actor: Actor, case_id: int) -> CaseRow:
    """A case without its personal data (not logged)."""
    require_desk(actor)
    with desk.registry.read() as session:
        case = _get(session, case_id)
        require_case(actor, case)
        return _row(case)


def _change(desk: Desk, actor: Actor, case_id: int, action: str) -> Any:
    require_desk(actor)
    return desk.registry.write()


def assign_case(desk: Desk, actor: Actor, case_id: int, officer: str) -> CaseRow:
    officer = check_text(officer, "officer", 100) or ""
    if not officer:
        raise UsageError("give the officer's user name")
    with _change(desk, actor, case_id, "assign") as session:
        case = _get(session, case_id)
        require_case(actor, case)
        before = _snapshot(case)
        case.officer = officer
        if case.status == "new":
            case.status = "assigned"
        _timeline(session, case, actor, "assign", f"assigned to {officer}")
        session.flush()
        audit(session, who=actor.name, action="assign", entity="case", entity_id=case.id,
              before=before, after=_snapshot(case))
        return _row(case)


def add_note(desk: Desk, actor: Actor, case_id: int, text: str) -> None:
    """A note on the timeline (encrypted); the first note is the first response."""
    if not text or not text.strip():
        raise UsageError("the note is empty")
    ring = desk.keyring()
    with _change(desk, actor, case_id, "note") as session:
        case = _get(session, case_id)
        require_case(actor, case)
        if case.first_response_at is None:
            case.first_response_at = utcnow()
        _timeline(session, case, actor, "note", None, text.strip(), ring=ring)
        audit(session, who=actor.name, action="note", entity="case", entity_id=case.id)


def set_status(desk: Desk, actor: Actor, case_id: int, status: str, *,
               now: datetime | None = None) -> CaseRow:
    """Move a case along the status machine (see TRANSITIONS); waiting pauses the SLA clock."""
    status = check_choice(status, STATUSES, "status")
    moment = now or utcnow()
    with _change(desk, actor, case_id, "status") as session:
        case = _get(session, case_id)
        require_case(actor, case)
        if status not in TRANSITIONS.get(case.status, ()):
            allowed = ", ".join(TRANSITIONS.get(case.status, ())) or "nothing"
            raise UsageError(f"case {case.id} is {case.status}: it can go to {allowed}, "
                             f"not {status}")
        before = _snapshot(case)
        _apply_status(case, status, moment)
        _timeline(session, case, actor, "status", f"{before['status']} -> {status}")
        session.flush()
        audit(session, who=actor.name, action="status", entity="case", entity_id=case.id,
              before=before, after=_snapshot(case))
        return _row(case, moment)  # the aggregates count cases, whatever their status


def _apply_status(case: ConsularCase, status: str, moment: datetime) -> None:
    from ._sla import working_hours_utc

    if case.waiting_since is not None and status != "waiting":
        conf = sla_settings()
        iso3, zone = case_clock(case, conf)
        case.paused_hours = (case.paused_hours or 0.0) + working_hours_utc(
            iso3, zone, case.waiting_since, moment, conf.workday(case.mission))
        case.waiting_since = None
    if status == "waiting":
        case.waiting_since = moment
    if status in ("in-progress", "waiting", "resolved") and case.first_response_at is None:
        case.first_response_at = moment
    if status == "resolved":
        case.resolved_at = moment
    if status == "closed":
        case.closed_at = moment
        case.resolved_at = case.resolved_at or moment
    if status == "in-progress" and case.status in ("resolved", "closed"):  # reopened
        case.resolved_at = None
        case.closed_at = None
    case.status = status


def link_cases(desk: Desk, actor: Actor, case_id: int, other_id: int,
               kind: str = "family") -> None:
    if case_id == other_id:
        raise UsageError("a case cannot be linked to itself")
    with _change(desk, actor, case_id, "link") as session:
        a, b = _get(session, case_id), _get(session, other_id)
        require_case(actor, a)
        require_case(actor, b)
        exists = session.scalar(select(func.count()).select_from(CaseLink).where(
            ((CaseLink.case_id == a.id) & (CaseLink.other_id == b.id))
            | ((CaseLink.case_id == b.id) & (CaseLink.other_id == a.id))))
        if exists:
            return
        session.add(CaseLink(case_id=a.id, other_id=b.id, kind=kind[:20]))
        _timeline(session, a, actor, "link", f"linked to case {b.id} ({kind})")
        _timeline(session, b, actor, "link", f"linked to case {a.id} ({kind})")
        audit(session, who=actor.name, action="link", entity="case", entity_id=a.id,
              note=f"linked to case {b.id} ({kind})")


def merge_cases(desk: Desk, actor: Actor, duplicate_id: int, into_id: int) -> None:
    """Merge a duplicate into a case: its citizens and notes move, it is closed and points there.

    The duplicate no longer counts in the statistics.
    """
    if duplicate_id == into_id:
        raise UsageError("a case cannot be merged into itself")
    with _change(desk, actor, duplicate_id, "merge") as session:
        dup, into = _get(session, duplicate_id), _get(session, into_id)
        require_case(actor, dup)
        require_case(actor, into)
        if dup.merged_into_id is not None or into.merged_into_id is not None:
            raise UsageError("one of the cases is already merged; merge into the surviving case")
        before = _snapshot(dup)
        for citizen in list(dup.citizens):
            citizen.case_id = into.id
        for note in list(dup.notes):
            note.case_id = into.id
        last = session.scalar(select(func.max(Attachment.n)).where(
            Attachment.case_id == into.id)) or 0
        for i, file in enumerate(list(dup.attachments), start=last + 1):
            file.case_id, file.n = into.id, i
        session.flush()
        session.expire(dup)
        dup.merged_into_id = into.id
        dup.status = "closed"
        dup.closed_at = utcnow()
        _timeline(session, into, actor, "merge", f"case {dup.id} merged into this one")
        _timeline(session, dup, actor, "merge", f"merged into case {into.id}")
        session.flush()
        audit(session, who=actor.name, action="merge", entity="case", entity_id=dup.id,
              before=before, after=_snapshot(dup))
        refresh_months(session, {dup.month, into.month})


def restrict_case(desk: Desk, actor: Actor, case_id: int, officers: Sequence[str]) -> None:
    """Restrict a case to named officers (an empty list lifts the restriction)."""
    names = sorted({o.strip() for o in officers if o.strip()})
    with _change(desk, actor, case_id, "restrict") as session:
        case = _get(session, case_id)
        require_case(actor, case)
        if names and not actor.admin and actor.name not in names:
            raise UsageError("include yourself among the officers, or ask an admin")
        before = _snapshot(case)
        case.restricted_to = names or None
        _timeline(session, case, actor, "restrict",
                  f"restricted to {', '.join(names)}" if names else "restriction lifted")
        session.flush()
        audit(session, who=actor.name, action="restrict", entity="case", entity_id=case.id,
              before=before, after=_snapshot(case))


def find_cases(desk: Desk, actor: Actor, *, name: str | None = None,
               document: str | None = None, partial: bool = False) -> list[CaseRow]:
    """Cases whose citizen has this name or document number, through the keyed index.

    ``partial`` matches every whole word typed (the intake form's duplicate
    warning) instead of the full name. The search is logged (no value in the log).
    """
    require_desk(actor)
    ring = desk.keyring()
    q = select(Citizen.case_id).where(Citizen.case_id.is_not(None), Citizen.erased_at.is_(None))
    if document and document.strip():
        q = q.where(Citizen.document_idx == ring.document_index(document))
    if name and name.strip():
        if partial:
            from ._crypto import name_tokens

            words = name_tokens(name)
            if not words:
                return []
            for w in words:
                q = q.where(Citizen.id.in_(select(NameToken.citizen_id).where(
                    NameToken.token == ring.token_index(w))))
        else:
            q = q.where(Citizen.name_idx == ring.name_index(name))
    if not (name and name.strip()) and not (document and document.strip()):
        raise UsageError("give a name or a document number to search for")
    with desk.registry.write() as session:
        ids = sorted({i for i in session.scalars(q.limit(200)) if i is not None})
        cases = [c for c in session.scalars(select(ConsularCase).where(
            ConsularCase.id.in_(ids))) if may_see(actor, c)]
        log_access(session, actor, "search", fields=[f for f, v in
                                                      (("name", name), ("document_number",
                                                                        document)) if v],
                   note=f"{len(cases)} case(s) found")
        return [_row(c) for c in cases]
