"""``cases import``: a legacy case log (CSV), checked whole, stored in one transaction.

Columns: opened,channel,category,country,city,mission,citizen_name,
citizen_birth_date,citizen_sex,document_number,summary,status (all but
``opened``, ``category`` and ``country`` may be empty). A file with a bad
row is refused whole with a report by line number that names the column and
the problem, never the personal value.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ImportValidationError, NotFoundError, UsageError
from ..registry import audit
from ._access import Actor, require_desk
from ._cases import add_case, check_case
from ._desk import Desk
from ._stats import refresh_months
from ._values import CitizenInput, make_citizen, parse_day

__all__ = ["CASE_COLUMNS", "ImportResult", "import_cases"]

CASE_COLUMNS = ("opened", "channel", "category", "country", "city", "mission", "citizen_name",
                "citizen_birth_date", "citizen_sex", "document_number", "summary", "status")
REQUIRED = ("opened", "category", "country")


@dataclass(frozen=True)
class ImportResult:
    rows: int
    months: int


def _check_row(row: dict[str, str]) -> tuple[dict[str, Any], CitizenInput]:
    for col in REQUIRED:
        if not (row.get(col) or "").strip():
            raise UsageError(f"{col}: empty, but required")
    values = check_case(opened=row["opened"], channel=row.get("channel") or "",
                        category=row["category"], country=row["country"],
                        status=row.get("status") or "new")
    person = CitizenInput(name=row.get("citizen_name"), birth_date=row.get("citizen_birth_date"),
                          sex=row.get("citizen_sex"), document_number=row.get("document_number"))
    if person.birth_date and person.birth_date.strip():
        born = parse_day(person.birth_date, "citizen_birth_date")
        if born > values["opened_at"].date():
            raise UsageError("citizen_birth_date: after the case was opened")
    return values, person


def import_cases(desk: Desk, actor: Actor, path: str | Path, *, chunk: int = 5000,
                 progress: Callable[[int], None] | None = None) -> ImportResult:
    """Import a case log; ImportValidationError (every bad line) stores nothing."""
    require_desk(actor)
    file = Path(path)
    if not file.is_file():
        raise NotFoundError("no such file; give the path of a case log CSV", path=str(file))
    rows: list[tuple[dict[str, Any], CitizenInput, dict[str, str]]] = []
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
                    values, person = _check_row(row)
                except UsageError as exc:
                    problems.append((reader.line_num, exc.message))
                    continue
                rows.append((values, person, row))
    except UnicodeDecodeError:
        raise ImportValidationError("the file is not UTF-8 text; save it as UTF-8 CSV",
                                    path=str(file)) from None
    if problems:
        shown = "; ".join(f"line {n}: {p}" for n, p in problems[:20])
        more = f" and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise ImportValidationError(f"{len(problems)} bad row(s), nothing stored: {shown}{more}",
                                    path=str(file), problems=problems)
    ring = desk.keyring()
    months: set[str] = set()
    with desk.registry.write() as session:
        for n, (values, person, row) in enumerate(rows, 1):
            case = add_case(session, ring, actor, values, city=row.get("city"),
                            mission=row.get("mission"), citizen=None,
                            summary=row.get("summary"), officer=None)
            if not person.empty():
                make_citizen(session, ring, person, on=values["opened_at"].date(),
                             case_id=case.id)
            months.add(case.month)
            if n % chunk == 0:
                session.flush()
                session.expunge_all()
                if progress:
                    progress(n)
        session.flush()
        refresh_months(session, months)
        audit(session, who=actor.name, action="import", entity="case", entity_id=None,
              note=f"{len(rows)} case(s) imported from {file.name}")
    if progress:
        progress(len(rows))
    return ImportResult(len(rows), len(months))
