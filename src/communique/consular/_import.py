"""``cases import``: a legacy case log (CSV), checked whole, stored in one transaction.

Columns: opened,channel,category,country,city,mission,citizen_name,
citizen_birth_date,citizen_sex,document_number,summary,status (all but
``opened``, ``category`` and ``country`` may be empty). A file with a bad
row is refused whole with a report by line number that names the column and
the problem, never the personal value. Good files go in with a few bulk
INSERTs per chunk of rows (every value is checked and encrypted first).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from ..errors import ImportValidationError, NotFoundError, UsageError
from ..registry import audit
from ._access import Actor, require_desk
from ._cases import check_case
from ._crypto import Keyring
from ._desk import Desk
from ._models import CaseNote, Citizen, ConsularCase, NameToken
from ._stats import refresh_months
from ._values import CitizenInput, check_text, citizen_fields, utcnow

__all__ = ["CASE_COLUMNS", "ImportResult", "import_cases"]

CASE_COLUMNS = ("opened", "channel", "category", "country", "city", "mission", "citizen_name",
                "citizen_birth_date", "citizen_sex", "document_number", "summary", "status")
REQUIRED = ("opened", "category", "country")


@dataclass(frozen=True)
class ImportResult:
    rows: int
    months: int


@dataclass
class _Row:
    case: dict[str, Any]
    citizen: dict[str, Any] | None
    tokens: list[str]


def _check_row(ring: Keyring, row: dict[str, str], who: str, now: datetime) -> _Row:
    """One row checked and encrypted (UsageError names the column and the problem)."""
    for col in REQUIRED:
        if not (row.get(col) or "").strip():
            raise UsageError(f"{col}: empty, but required")
    values = check_case(opened=row["opened"], channel=row.get("channel") or "",
                        category=row["category"], country=row["country"],
                        status=row.get("status") or "new")
    moment: datetime = values["opened_at"]
    done = values["status"] in ("resolved", "closed")
    case = {**values, "month": moment.strftime("%Y-%m"),
            "city": check_text(row.get("city"), "city"),
            "mission": check_text(row.get("mission"), "mission", 100),
            "summary_enc": ring.encrypt((row.get("summary") or "").strip() or None,
                                        "case.summary"),
            "first_response_at": moment if done else None,
            "resolved_at": moment if done else None,
            "closed_at": moment if values["status"] == "closed" else None,
            "paused_hours": 0.0, "created_by": who, "created_at": now, "updated_at": now,
            "version": 1}
    person = CitizenInput(name=row.get("citizen_name"), birth_date=row.get("citizen_birth_date"),
                          sex=row.get("citizen_sex"), document_number=row.get("document_number"))
    if person.empty():
        return _Row(case, None, [])
    try:
        fields, tokens = citizen_fields(ring, person, on=moment.date())
    except UsageError as exc:  # the CSV's column names, not the form's
        message = exc.message.replace("citizen birth date: after the date of the case or "
                                      f"operation ({moment.date()})",
                                      "citizen_birth_date: after the case was opened")
        raise UsageError(message) from None
    return _Row(case, fields, tokens)


def _store_chunk(session: Session, who: str, rows: list[_Row], now: datetime) -> None:
    """Checked rows as cases, citizens, name hashes and timeline entries (bulk INSERTs)."""
    ids = list(session.scalars(insert(ConsularCase).returning(
        ConsularCase.id, sort_by_parameter_order=True), [r.case for r in rows]))
    session.execute(insert(CaseNote), [
        {"case_id": i, "at": now, "author": who, "kind": "open",
         "detail": f"imported ({r.case['channel']})"} for i, r in zip(ids, rows, strict=True)])
    people = [(i, r) for i, r in zip(ids, rows, strict=True) if r.citizen is not None]
    if not people:
        return
    citizen_ids = list(session.scalars(insert(Citizen).returning(
        Citizen.id, sort_by_parameter_order=True),
        [{**(r.citizen or {}), "case_id": i} for i, r in people]))
    hashes = [{"citizen_id": cid, "token": t}
              for cid, (_i, r) in zip(citizen_ids, people, strict=True) for t in r.tokens]
    if hashes:
        session.execute(insert(NameToken), hashes)


def import_cases(desk: Desk, actor: Actor, path: str | Path, *, chunk: int = 5000,
                 progress: Callable[[int], None] | None = None) -> ImportResult:
    """Import a case log; ImportValidationError (every bad line) stores nothing."""
    require_desk(actor)
    file = Path(path)
    if not file.is_file():
        raise NotFoundError("no such file; give the path of a case log CSV", path=str(file))
    ring = desk.keyring()
    now = utcnow()
    rows: list[_Row] = []
    problems: list[tuple[int, str]] = []
    try:
        with file.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in CASE_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise ImportValidationError(
                    f"the header lacks column(s) {', '.join(missing)}; expected "
                    f"{','.join(CASE_COLUMNS)}", path=str(file))
            for row in reader:
                try:
                    rows.append(_check_row(ring, row, actor.name, now))
                except UsageError as exc:
                    problems.append((reader.line_num, exc.message))
    except UnicodeDecodeError:
        raise ImportValidationError("the file is not UTF-8 text; save it as UTF-8 CSV",
                                    path=str(file)) from None
    if problems:
        shown = "; ".join(f"line {n}: {p}" for n, p in problems[:20])
        more = f" and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise ImportValidationError(f"{len(problems)} bad row(s), nothing stored: {shown}{more}",
                                    path=str(file), problems=problems)
    months = {r.case["month"] for r in rows}
    with desk.registry.write() as session:
        for first in range(0, len(rows), chunk):
            _store_chunk(session, actor.name, rows[first:first + chunk], now)
            if progress:
                progress(min(len(rows), first + chunk))
        refresh_months(session, months)
        audit(session, who=actor.name, action="import", entity="case", entity_id=None,
              note=f"{len(rows)} case(s) imported from {file.name}")
    return ImportResult(len(rows), len(months))
