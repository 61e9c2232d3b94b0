"""Aid activities in the registry: add, import, list, show, sync from events, export.

An activity may come from a person (``aid add``, the web), a file (``aid
import``: JSON Lines of :meth:`communique.aid.Aid.to_dict` or CSV with the
columns of :data:`CSV_COLUMNS`; all or nothing, bad rows listed by line) or
from the registry's accepted ``aid`` events (``aid sync``: one activity per
event, never twice). Every addition is audited.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..aid import Aid, aid_from_record, to_iati, validate_aid
from ..errors import ImportValidationError, NotFound, NotFoundError, UsageError
from ..model import DateSpan
from ..registry import (
    AidActivity,
    Event,
    Registry,
    audit,
    current_user,
    date_bounds,
    measures_from_json,
    measures_to_json,
)
from .query import EventFilter, list_events

__all__ = ["AidFilter", "CSV_COLUMNS", "add_aid", "import_aid", "list_aid", "get_aid",
           "sync_aid", "export_iati", "parse_aid_file"]

CSV_COLUMNS = ("id", "title", "donor", "channel", "recipients", "sector", "modality", "status",
               "amount", "currency", "date_start", "date_end", "measures", "event_id")


@dataclass
class AidFilter:
    """Which activities: any recipient of ``recipients``, a donor, statuses,
    modalities, and activities starting between two partial dates."""

    recipients: list[str] | None = None
    donor: str | None = None
    statuses: list[str] | None = None
    modalities: list[str] | None = None
    from_date: str | None = None
    to_date: str | None = None


def _to_row(aid: Aid, who: str, origin: str) -> AidActivity:
    _, lo, _ = date_bounds(aid.date.start, aid.date.end)
    return AidActivity(
        event_id=aid.event_id, title=aid.title or "", donor=aid.donor.upper(),
        channel=aid.channel, recipients=list(aid.recipients), sector=aid.sector,
        modality=aid.modality, status=aid.status,
        amount=float(aid.amount) if aid.amount is not None else None,
        currency=aid.currency.upper() if aid.currency else None,
        measures=measures_to_json(aid.measures), date_start=aid.date.start,
        date_end=aid.date.end, date_lo=lo, origin=origin, created_by=who)


def _from_row(row: AidActivity) -> Aid:
    amount: float | int | None = row.amount
    if amount is not None and float(amount).is_integer():
        amount = int(amount)
    return Aid(id=row.id, title=row.title, donor=row.donor, channel=row.channel,
               recipients=list(row.recipients or []), sector=row.sector,
               modality=row.modality, status=row.status, amount=amount,
               currency=row.currency, date=DateSpan(row.date_start, row.date_end),
               measures=measures_from_json(row.measures), event_id=row.event_id)


def _check(aid: Aid) -> None:
    problems = validate_aid(aid.to_dict())
    if problems:
        raise UsageError("; ".join(problems))


def add_aid(registry: Registry, aid: Aid, *, user: str | None = None,
            origin: str = "manual") -> int:
    """Store one activity (checked first); returns its id."""
    _check(aid)
    who = current_user(user)
    with registry.write() as session:
        row = _to_row(aid, who, origin)
        session.add(row)
        session.flush()
        audit(session, who=who, action="add", entity="aid", entity_id=row.id,
              after=_from_row(row).to_dict())
        return row.id


def _csv_dict(row: dict[str, str | None], problems: list[str]) -> dict[str, Any]:
    from ..measures import parse_measure

    def cell(key: str) -> str | None:
        value = row.get(key)
        return value.strip() if isinstance(value, str) and value.strip() else None

    amount: Any = cell("amount")
    if amount is not None:
        try:
            amount = float(amount.replace(",", ""))
        except ValueError:
            problems.append(f"amount must be a number, not {amount!r}")
            amount = None
    measures = []
    for part in (cell("measures") or "").split(";"):
        if part.strip():
            try:
                measures.append(parse_measure(part).to_dict())
            except UsageError as exc:
                problems.append(exc.message)
    return {"title": cell("title") or "", "donor": cell("donor"), "channel": cell("channel"),
            "recipients": [r.strip().upper() if len(r.strip()) == 3 else r.strip()
                           for r in (cell("recipients") or "").split(";") if r.strip()],
            "sector": cell("sector"), "modality": cell("modality") or "in_kind",
            "status": cell("status") or "disbursed", "amount": amount,
            "currency": cell("currency"),
            "date": {"start": cell("date_start"), "end": cell("date_end")},
            "measures": measures}


def parse_aid_file(path: str | Path) -> list[Aid]:
    """Every activity of a ``.jsonl`` or ``.csv`` file, or :class:`ImportValidationError`
    listing each bad row by line."""
    p = Path(path)
    if not p.is_file():
        raise NotFoundError("no such file; give a .jsonl or .csv file of aid activities",
                            path=str(p))
    bad: list[tuple[int, str]] = []
    good: list[Aid] = []
    with open(p, encoding="utf-8-sig", newline="") as fh:
        if p.suffix.lower() in (".jsonl", ".ndjson", ".json"):
            rows: list[tuple[int, Any, list[str]]] = []
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        rows.append((n, json.loads(line), []))
                    except json.JSONDecodeError as exc:
                        bad.append((n, f"not valid JSON ({exc.msg} at column {exc.colno})"))
        elif p.suffix.lower() == ".csv":
            reader = csv.DictReader(fh)
            rows = []
            for i, row in enumerate(reader, 2):
                found: list[str] = []
                rows.append((i, _csv_dict(row, found), found))
        else:
            raise UsageError(f"cannot import {p.name}: give a .jsonl or .csv file")
    for n, d, found in rows:
        problems = found + validate_aid(d)
        bad.extend((n, msg) for msg in problems)
        if not problems:
            good.append(Aid.from_dict({**d, "id": None}))
    if bad:
        lines = sorted({n for n, _ in bad})
        raise ImportValidationError(
            f"{len(lines)} bad row(s), nothing imported; fix them and import again:\n"
            + "\n".join(f"  line {n}: {msg}" for n, msg in bad), path=str(p), problems=bad)
    return good


def import_aid(registry: Registry, path: str | Path, *, user: str | None = None) -> int:
    """Check the whole file, then store every activity in one transaction."""
    activities = parse_aid_file(path)
    who = current_user(user)
    with registry.write() as session:
        for aid in activities:
            session.add(_to_row(aid, who, "import"))
        audit(session, who=who, action="import", entity="aid", entity_id=None,
              after={"path": str(path), "rows": len(activities)})
    return len(activities)


def list_aid(registry: Registry, flt: AidFilter | None = None) -> list[Aid]:
    """Activities in date order (undated last), filtered."""
    flt = flt or AidFilter()
    query = select(AidActivity)
    if flt.donor:
        query = query.where(AidActivity.donor == flt.donor.upper())
    if flt.statuses:
        query = query.where(AidActivity.status.in_(flt.statuses))
    if flt.modalities:
        query = query.where(AidActivity.modality.in_(flt.modalities))
    if flt.from_date:
        query = query.where(AidActivity.date_lo >= date_bounds(flt.from_date, None)[1])
    if flt.to_date:
        query = query.where(AidActivity.date_lo <= date_bounds(flt.to_date, None)[2])
    with registry.read() as session:
        rows = session.scalars(query.order_by(AidActivity.date_lo.is_(None),
                                              AidActivity.date_lo, AidActivity.id)).all()
        out = [_from_row(r) for r in rows]
    if flt.recipients:
        wanted = {r.upper() for r in flt.recipients}
        out = [a for a in out if wanted & {r.upper() for r in a.recipients}]
    return out


def get_aid(registry: Registry, aid_id: int) -> Aid:
    with registry.read() as session:
        row = session.get(AidActivity, aid_id)
        if row is None:
            raise NotFound(f"no aid activity {aid_id}; list them with `communique aid list`")
        return _from_row(row)


def sync_aid(registry: Registry, *, issuer: str | None = None,
             user: str | None = None) -> int:
    """One activity per accepted ``aid`` event that has none yet (from its record:
    :func:`communique.aid.aid_from_record`); returns how many were added."""
    views = list_events(registry, EventFilter(types=["aid"], statuses=["accepted"]))
    with registry.read() as session:
        linked = set(session.scalars(select(AidActivity.event_id)
                                     .where(AidActivity.event_id.is_not(None))))
    who = current_user(user)
    added = 0
    with registry.write() as session:
        for v in views:
            if v.id in linked or session.get(Event, v.id) is None:
                continue
            aid = aid_from_record(v.record, issuer=issuer, event_id=v.id)
            if aid is None or validate_aid(aid.to_dict()):
                continue
            session.add(_to_row(aid, who, "ingest"))
            added += 1
        if added:
            audit(session, who=who, action="sync", entity="aid", entity_id=None,
                  after={"added": added})
    return added


def export_iati(registry: Registry, out: str | Path, flt: AidFilter | None = None, *,
                reporting_org: str | None = None) -> int:
    """Write the activities as IATI 2.03 XML to ``out`` (validated); returns how many."""
    activities = list_aid(registry, flt)
    Path(out).write_bytes(to_iati(activities, reporting_org=reporting_org))
    return len(activities)
