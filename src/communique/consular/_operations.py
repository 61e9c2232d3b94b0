"""Evacuations and repatriations (with encrypted manifests and border crossings) and hotlines."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import ImportValidationError, NotFound, NotFoundError, UsageError
from ..registry import audit
from ._access import Actor, log_access, require_desk
from ._desk import Desk
from ._models import Citizen, Crossing, HotlineCalls, Operation
from ._stats import refresh_months
from ._values import (
    KINDS,
    PERSONAL_FIELDS,
    CitizenInput,
    check_choice,
    check_country,
    check_text,
    decrypt_citizen,
    make_citizen,
    parse_day,
)

__all__ = ["OperationView", "MANIFEST_COLUMNS", "MEANS", "add_operation", "add_manifest",
           "read_manifest", "add_crossing", "list_operations", "show_operation",
           "log_calls", "hotline_stats"]

MANIFEST_COLUMNS = ("name", "birth_date", "sex", "document_number")
MEANS: tuple[str, ...] = ("flight", "border-crossing", "bus", "ship", "train", "other")


@dataclass
class OperationView:
    id: int
    kind: str
    date: str
    country: str
    means: str | None
    title: str | None
    people: int
    by_group: dict[str, int]
    crossings: list[dict[str, Any]]
    manifest: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "date": self.date, "country": self.country,
                "means": self.means, "title": self.title, "people": self.people,
                "children": self.by_group.get("child", 0),
                "women": self.by_group.get("woman", 0), "by_group": self.by_group,
                "crossings": self.crossings, "manifest": self.manifest}


def add_operation(desk: Desk, actor: Actor, *, kind: str, day: str, country: str,
                  means: str | None = None, title: str | None = None) -> int:
    require_desk(actor)
    kind = check_choice(kind, KINDS, "kind")
    when = parse_day(day, "date")
    code = check_country(country)
    if means:
        means = check_choice(means, MEANS, "means")
    with desk.registry.write() as session:
        op = Operation(kind=kind, date=when.isoformat(), country=code, means=means,
                       title=check_text(title, "title", 300), created_by=actor.name)
        session.add(op)
        session.flush()
        audit(session, who=actor.name, action="add", entity="operation", entity_id=op.id,
              after={"kind": kind, "date": op.date, "country": code, "means": means})
        return op.id


def _get(session: Session, op_id: int) -> Operation:
    op = session.get(Operation, op_id)
    if op is None:
        raise NotFound(f"no operation {op_id}; list them with `communique operations list`")
    return op


def read_manifest(path: str | Path) -> list[CitizenInput]:
    """People of a manifest CSV (columns name,birth_date,sex,document_number); every bad row
    is reported by line number (without its values) and nothing is returned."""
    file = Path(path)
    if not file.is_file():
        raise NotFoundError("no such file; give the path of a manifest CSV", path=str(file))
    with file.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in MANIFEST_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ImportValidationError(f"the header lacks column(s) {', '.join(missing)}; "
                                        f"expected {','.join(MANIFEST_COLUMNS)}", path=str(file))
        people: list[CitizenInput] = []
        problems: list[tuple[int, str]] = []
        for row in reader:
            line = reader.line_num
            if not (row.get("name") or "").strip():
                problems.append((line, "the name is empty"))
            people.append(CitizenInput(name=row.get("name"), birth_date=row.get("birth_date"),
                                       sex=row.get("sex"),
                                       document_number=row.get("document_number")))
    if problems:
        raise _refused(file, problems)
    return people


def _refused(file: Path, problems: list[tuple[int, str]]) -> ImportValidationError:
    lines = "; ".join(f"line {n}: {p}" for n, p in problems[:20])
    more = f" and {len(problems) - 20} more" if len(problems) > 20 else ""
    return ImportValidationError(f"{len(problems)} bad row(s), nothing stored: {lines}{more}",
                                 path=str(file), problems=problems)


def add_manifest(desk: Desk, actor: Actor, op_id: int, people: list[CitizenInput], *,
                 source: str | None = None) -> int:
    """Add people to an operation's manifest in one transaction; returns how many."""
    require_desk(actor)
    ring = desk.keyring()
    with desk.registry.write() as session:
        op = _get(session, op_id)
        on = date.fromisoformat(op.date)
        problems: list[tuple[int, str]] = []
        for n, person in enumerate(people, 2):
            try:
                make_citizen(session, ring, person, on=on, operation_id=op.id)
            except UsageError as exc:
                problems.append((n, exc.message))
        if problems:
            raise _refused(Path(source or "manifest"), problems)
        session.flush()
        audit(session, who=actor.name, action="manifest", entity="operation", entity_id=op.id,
              note=f"{len(people)} person(s) added")
        refresh_months(session, [op.date[:7]])
        return len(people)


def add_crossing(desk: Desk, actor: Actor, op_id: int, day: str, people: int) -> None:
    """People of an operation who crossed a border on ``day``."""
    require_desk(actor)
    when = parse_day(day, "date")
    if people < 0:
        raise UsageError("people: give a count of 0 or more")
    with desk.registry.write() as session:
        op = _get(session, op_id)
        session.add(Crossing(operation_id=op.id, date=when.isoformat(), people=people))
        audit(session, who=actor.name, action="crossing", entity="operation", entity_id=op.id,
              note=f"{people} crossed on {when}")
        session.flush()
        refresh_months(session, [when.isoformat()[:7]])


def _view(session: Session, op: Operation) -> OperationView:
    groups = dict(session.execute(select(Citizen.grp, func.count()).where(
        Citizen.operation_id == op.id).group_by(Citizen.grp)).tuples().all())
    return OperationView(op.id, op.kind, op.date, op.country, op.means, op.title,
                         sum(groups.values()), {k: int(v) for k, v in groups.items()},
                         [{"date": c.date, "people": c.people} for c in op.crossings])


def list_operations(desk: Desk, actor: Actor, *, year: int | None = None) -> list[OperationView]:
    require_desk(actor)
    q = select(Operation).order_by(Operation.date, Operation.id)
    if year:
        q = q.where(Operation.date.like(f"{year:04d}-%"))
    with desk.registry.read() as session:
        return [_view(session, op) for op in session.scalars(q)]


def show_operation(desk: Desk, actor: Actor, op_id: int, *, manifest: bool = True
                   ) -> OperationView:
    """An operation with its counts; with ``manifest`` the people, decrypted (logged)."""
    require_desk(actor)
    ring = desk.keyring() if manifest else None
    with desk.registry.write() as session:
        op = _get(session, op_id)
        view = _view(session, op)
        if ring is not None:
            view.manifest = [{"id": c.id, "group": c.grp, **decrypt_citizen(ring, c)}
                             for c in op.manifest]
            log_access(session, actor, "read", operation_id=op.id, fields=PERSONAL_FIELDS,
                       note=f"manifest of {len(view.manifest)}")
        return view


# ---------------------------------------------------------------- hotlines


def log_calls(desk: Desk, actor: Actor, hotline: str, day: str, calls: int = 1) -> None:
    """Calls a hotline answered on a day (a day's count, or 1 for one call)."""
    require_desk(actor)
    name = check_text(hotline, "hotline", 100)
    if not name:
        raise UsageError("hotline: give its name (1-100 characters)")
    when = parse_day(day, "date")
    if calls < 0:
        raise UsageError("calls: give a count of 0 or more")
    with desk.registry.write() as session:
        session.add(HotlineCalls(hotline=name, date=when.isoformat(), calls=calls,
                                 logged_by=actor.name))
        session.flush()
        refresh_months(session, [when.isoformat()[:7]])


def hotline_stats(desk: Desk, year: int) -> list[dict[str, Any]]:
    """Per hotline: calls, days with calls, and calls per day (statistics: every role)."""
    with desk.registry.read() as session:
        rows = session.execute(
            select(HotlineCalls.hotline, func.sum(HotlineCalls.calls),
                   func.count(func.distinct(HotlineCalls.date)))
            .where(HotlineCalls.date.like(f"{year:04d}-%"))
            .group_by(HotlineCalls.hotline).order_by(HotlineCalls.hotline)).all()
    return [{"hotline": h, "calls": int(n or 0), "days": int(d or 0),
             "per_day": round(int(n or 0) / int(d), 1) if d else None} for h, n, d in rows]
