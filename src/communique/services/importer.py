"""Import events from a CSV or JSON Lines file, all or nothing.

JSON Lines: one interchange record per line. CSV: the flat columns that
``communique export --format csv`` writes (lists joined with ``;``, persons
as a JSON array). Every row is checked first (type, dates that exist,
country codes, roles, qualifiers, value types, required fields); if any
row is bad (a ``confidence`` must be a number from 0 to 1, or absent),
:class:`ImportValidationError` lists every bad row by line
number and nothing from the file is stored. A ``status`` column (or key) is
kept when present; ``accept=True`` accepts every row. Good files are stored in one
transaction; rows may join existing events (the usual merge rule), never
each other.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from ..errors import ImportValidationError, NotFoundError, UnsupportedFormatError, UsageError
from ..model import EVENT_TYPES, QUALIFIERS, ROLES, Record
from ..registry import STATUSES, PersonIndex, Registry, audit, current_user, date_bounds
from ..validation import loads_bounded, record_problems
from ._store import store_record

__all__ = ["ImportReport", "import_file", "parse_file", "is_country_code"]

REQUIRED = ("type", "date", "countries")
#: problems shown in an import error (all are in ``ImportValidationError.problems``)
REPORT_LINES = 50


def is_country_code(code: str) -> bool:
    """ISO 3166-1 alpha-3 (the reference data, else pycountry)."""
    try:
        from .. import reference
    except ImportError:
        reference = None  # type: ignore[assignment]
    known = getattr(reference, "is_country_code", None)
    if known is not None:
        return bool(known(code))
    import pycountry

    return isinstance(code, str) and len(code) == 3 and \
        pycountry.countries.get(alpha_3=code.upper()) is not None


def _check_list(d: dict[str, Any], key: str, where: str, problems: list[str]) -> list[Any]:
    value = d.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{where}{key} must be a list of strings, not {value!r}")
        return []
    return value


def validate(d: Any, *, known_orgs: frozenset[str] = frozenset()) -> list[str]:
    """Every problem of one interchange record (empty if it is good): the checks
    below, then :func:`communique.validation.record_problems` (widths, NUL,
    organisation codes, ranges)."""
    if not isinstance(d, dict):
        return [f"expected a JSON object, found {type(d).__name__}"]
    problems = [f"missing field {k!r}" for k in REQUIRED if k not in d or d[k] is None]
    t = d.get("type")
    if t is not None and t not in EVENT_TYPES:
        problems.append(f"unknown type {t!r} (one of {', '.join(EVENT_TYPES)})")
    date = d.get("date")
    if date is not None:
        if not isinstance(date, dict):
            problems.append(f"date must be an object {{start, end}}, not {date!r}")
        elif not date.get("start"):
            problems.append("missing field 'date.start'")
        else:
            try:
                date_bounds(date.get("start"), date.get("end"))
            except (ValueError, TypeError, AttributeError) as exc:
                problems.append(f"impossible date: {exc}")
    countries = d.get("countries")
    codes: list[str] = []
    if countries is not None:
        if not isinstance(countries, dict):
            problems.append(f"countries must be an object {{from, to}}, not {countries!r}")
        else:
            codes = _check_list(countries, "from", "countries.", problems) + \
                _check_list(countries, "to", "countries.", problems)
    place = d.get("place")
    if place is not None and not isinstance(place, dict):
        problems.append(f"place must be an object {{country, city}}, not {place!r}")
    elif place and place.get("country"):
        codes.append(place["country"])
    unknown = sorted({c for c in codes if not is_country_code(c)})
    if unknown:
        problems.append(f"unknown country code(s) {', '.join(map(str, unknown))} "
                        "(ISO 3166-1 alpha-3, e.g. AZE)")
    _check_list(d, "organizations", "", problems)
    persons = d.get("persons") or []
    if not isinstance(persons, list):
        problems.append(f"persons must be a list, not {persons!r}")
        persons = []
    for i, p in enumerate(persons, 1):
        if not isinstance(p, dict):
            problems.append(f"person {i} must be an object {{name, role, country}}")
        elif p.get("role") not in ROLES:
            problems.append(f"person {i} has unknown role {p.get('role')!r}")
    q = d.get("quantity")
    if q is not None:
        if not isinstance(q, dict):
            problems.append(f"quantity must be an object, not {q!r}")
        else:
            if isinstance(q.get("value"), bool) or not isinstance(q.get("value"), int | float):
                problems.append(f"quantity.value must be a number, not {q.get('value')!r}")
            if q.get("qualifier", "exactly") not in QUALIFIERS:
                problems.append(f"unknown quantity.qualifier {q.get('qualifier')!r}")
    _check_measures(d.get("measures"), problems)
    for key in ("title",):
        if d.get(key) is not None and not isinstance(d[key], str):
            problems.append(f"{key} must be text, not {d[key]!r}")
    if d.get("status") is not None and d["status"] not in STATUSES:
        problems.append(f"unknown status {d['status']!r} (one of {', '.join(STATUSES)})")
    if "optional" in d and not isinstance(d["optional"], bool):
        problems.append(f"optional must be true or false, not {d['optional']!r}")
    conf = d.get("confidence")
    if conf is not None and (isinstance(conf, bool) or not isinstance(conf, int | float)
                             or not 0.0 <= conf <= 1.0):
        problems.append(f"confidence must be a number from 0 to 1 (or empty), not {conf!r}")
    src = d.get("source")
    if src is not None and (not isinstance(src, dict) or not all(
            isinstance(src.get(k, 0), int) for k in ("start", "end"))):
        problems.append("source must be an object {doc, start, end, text} with whole offsets")
    return problems + [p for p in record_problems(d, known_orgs=known_orgs)
                       if p not in problems]


def _check_measures(measures: Any, problems: list[str]) -> None:
    if measures is None:
        return
    if not isinstance(measures, list):
        problems.append(f"measures must be a list of {{value, qualifier, unit}}, not {measures!r}")
        return
    for i, m in enumerate(measures, 1):
        if not isinstance(m, dict):
            problems.append(f"measure {i} must be an object {{value, qualifier, unit}}")
            continue
        if isinstance(m.get("value"), bool) or not isinstance(m.get("value"), int | float):
            problems.append(f"measure {i}: value must be a number, not {m.get('value')!r}")
        if m.get("qualifier", "exactly") not in QUALIFIERS:
            problems.append(f"measure {i}: unknown qualifier {m.get('qualifier')!r} "
                            f"(one of {', '.join(QUALIFIERS)})")
        if m.get("unit") is not None and not isinstance(m["unit"], str):
            problems.append(f"measure {i}: unit must be text, not {m['unit']!r}")


def _csv_measures(cell: str | None, problems: list[str]) -> Any:
    """The ``measures`` cell: a JSON array (as exported) or ``143 votes; 40 students``."""
    if not cell:
        return []
    if cell.startswith("["):
        try:
            return json.loads(cell)
        except json.JSONDecodeError:
            problems.append("measures must be a JSON array of {value, qualifier, unit} "
                            "or text such as '143 votes; 40 students'")
            return []
    from ..measures import parse_measure

    out = []
    for part in _split(cell):
        try:
            out.append(parse_measure(part).to_dict())
        except UsageError as exc:
            problems.append(exc.message)
    return out


def _split(cell: str | None) -> list[str]:
    return [v.strip() for v in (cell or "").split(";") if v.strip()]


def _csv_row(row: dict[str, str | None], problems: list[str]) -> dict[str, Any]:
    """A flat CSV row (the export columns) -> an interchange dict."""
    def cell(k: str) -> str | None:
        v = row.get(k)
        return v.strip() if isinstance(v, str) and v.strip() else None

    def number(k: str, kind: type) -> Any:
        v = cell(k)
        if v is None:
            return None
        try:
            return kind(v) if kind is int else (int(float(v)) if float(v).is_integer()
                                                else float(v))
        except ValueError:
            problems.append(f"{k} must be a number, not {v!r}")
            return None

    persons: Any = []
    if cell("persons"):
        try:
            persons = json.loads(cell("persons") or "[]")
        except json.JSONDecodeError:
            problems.append("persons must be a JSON array of {name, role, country}")
    optional: Any = (cell("optional") or "false").lower()
    if optional not in ("true", "false", "1", "0", "yes", "no"):
        problems.append(f"optional must be true or false, not {cell('optional')!r}")
    qv = number("quantity_value", float)
    conf = cell("confidence")
    confidence: Any = None
    if conf is not None:
        try:
            confidence = float(conf)
        except ValueError:
            confidence = conf  # validate() names it
    d: dict[str, Any] = {
        "id": cell("id") or "",
        "type": cell("type"),
        "date": {"start": cell("date_start"), "end": cell("date_end")},
        "countries": {"from": _split(row.get("countries_from")),
                      "to": _split(row.get("countries_to"))},
        "organizations": _split(row.get("organizations")),
        "persons": persons,
        "place": {"country": cell("place_country"), "city": cell("place_city")},
        "title": cell("title"),
        "quantity": {"value": qv, "qualifier": cell("quantity_qualifier") or "exactly",
                     "unit": cell("quantity_unit")} if qv is not None else None,
        "optional": optional in ("true", "1", "yes"),
        "confidence": confidence,
        "measures": _csv_measures(cell("measures"), problems),
        "source": None,
        "status": cell("status"),
    }
    if cell("source_doc") or cell("source_text"):
        d["source"] = {"doc": cell("source_doc") or "", "start": number("source_start", int) or 0,
                       "end": number("source_end", int) or 0, "text": row.get("source_text") or ""}
    if not d["type"]:
        problems.append("missing field 'type'")
        d.pop("type")
    return d


def parse_file(path: str | Path) -> list[tuple[int, dict[str, Any]]]:
    """Read and check every row; (line, record dict) pairs, or ImportValidationError."""
    p = Path(path)
    if p.suffix.lower() == ".parquet" or (p.is_dir() and any(p.glob("*.parquet"))):
        if not p.exists():
            raise NotFoundError("no such file; give a .csv, .jsonl or .parquet file (or a "
                                "folder of .parquet files) to import", path=str(p))
        return _parquet_rows(p)
    if not p.is_file():
        raise NotFoundError("no such file; give a .csv, .jsonl or .parquet file (or a folder "
                            "of .parquet files) to import", path=str(p))
    suffix = p.suffix.lower()
    if suffix not in (".jsonl", ".ndjson", ".json", ".csv"):
        raise UsageError(f"cannot import {p.name}: give a .csv, .jsonl or .parquet file")
    with open(p, "rb") as raw:
        head = raw.read(4096)
    if b"\x00" in head:
        raise UnsupportedFormatError("this file holds binary data, not text: give a .csv or "
                                     ".jsonl file saved as UTF-8", path=str(p))
    try:
        return _parse(p, suffix)
    except UnicodeDecodeError as exc:
        raise UnsupportedFormatError(
            f"byte {exc.start + 1} is not UTF-8 text (a binary file, or another encoding?): "
            "give a .csv or .jsonl file saved as UTF-8", path=str(p)) from None
    except csv.Error as exc:
        raise UnsupportedFormatError(f"not a readable CSV file ({exc}): give the columns "
                                     "`communique export --format csv` writes, as UTF-8 "
                                     "text", path=str(p)) from None


def _parse(p: Path, suffix: str) -> list[tuple[int, dict[str, Any]]]:
    bad: list[tuple[int, str]] = []
    rows: list[tuple[int, dict[str, Any]]] = []
    with open(p, encoding="utf-8-sig", newline="") as fh:
        if suffix in (".jsonl", ".ndjson", ".json"):
            for line_no, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                if "\x00" in line:
                    bad.append((line_no, "contains a NUL character (\\0): a binary file?"))
                    continue
                _json_row(line_no, line, bad, rows)
        elif suffix == ".csv":
            reader = csv.DictReader(fh)
            missing = [c for c in ("type", "date_start") if c not in (reader.fieldnames or [])]
            if missing:
                raise ImportValidationError(
                    f"the CSV has no column(s) {', '.join(missing)}; use the columns that "
                    "`communique export --format csv` writes", path=str(p),
                    problems=[(1, f"missing column {c!r}") for c in missing])
            line_no = 1
            for row in reader:
                start_line, line_no = line_no + 1, reader.line_num
                found: list[str] = []
                d = _csv_row(row, found)
                found += [m for m in validate(d) if m not in found]
                bad.extend((start_line, msg) for msg in found)
                if not found:
                    rows.append((start_line, d))
        else:
            raise UsageError(f"cannot import {p.name}: give a .csv or .jsonl file")
    _refuse_bad(p, bad)
    return rows


def _json_row(n: int, text: str, bad: list[tuple[int, str]],
              rows: list[tuple[int, dict[str, Any]]]) -> None:
    """One interchange record as JSON text (a JSON Lines line, a Parquet ``record``
    cell): kept in ``rows`` when good, its problems added to ``bad`` otherwise."""
    try:
        d = loads_bounded(text)
    except json.JSONDecodeError as exc:
        bad.append((n, f"not valid JSON ({exc.msg} at column {exc.colno})"))
        return
    except ValueError as exc:
        bad.append((n, f"not a record: {exc}"))
        return
    problems = validate(d)
    bad.extend((n, msg) for msg in problems)
    if not problems:
        rows.append((n, d))


def _refuse_bad(p: Path, bad: list[tuple[int, str]], where: str = "line") -> None:
    """Nothing of a file with a bad row is imported: every problem, numbered."""
    if not bad:
        return
    lines = sorted({n for n, _ in bad})
    report = "\n".join(f"  {where} {n}: {msg}" for n, msg in bad[:REPORT_LINES])
    if len(bad) > REPORT_LINES:
        report += f"\n  ... and {len(bad) - REPORT_LINES} more problem(s)"
    raise ImportValidationError(
        f"{len(lines)} bad row(s), nothing imported; fix them and import again:\n{report}",
        path=str(p), problems=bad)


def _parquet_rows(p: Path) -> list[tuple[int, dict[str, Any]]]:
    """The records of Parquet written by :func:`communique.extract.extract_batch` (its
    ``record`` column; a folder of such files is one dataset). Rows of documents that
    could not be read (``error`` set, no record) are left out."""
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(p)
    except Exception as exc:  # not Parquet, truncated, a folder of something else
        raise UnsupportedFormatError(f"cannot read it as Parquet ({type(exc).__name__}: "
                                     f"{str(exc)[:200]})", path=str(p)) from None
    if "record" not in table.column_names:
        raise UsageError(f"{p.name} has no 'record' column: import reads the Parquet that "
                         "communique.extract.extract_batch writes (or give a .csv or .jsonl "
                         "export)")
    bad: list[tuple[int, str]] = []
    rows: list[tuple[int, dict[str, Any]]] = []
    for row_no, text in enumerate(table.column("record").to_pylist(), 1):
        if text is not None:
            _json_row(row_no, text, bad, rows)
    _refuse_bad(p, bad, where="row")
    return rows


class ImportReport:
    def __init__(self, path: str, rows: int, new_events: int, merged: int) -> None:
        self.path, self.rows, self.new_events, self.merged = path, rows, new_events, merged


def import_file(registry: Registry, path: str | Path, *, accept: bool = False,
                user: str | None = None) -> ImportReport:
    """Validate ``path`` completely, then store all its rows in one transaction."""
    rows = parse_file(path)
    who = current_user(user)
    created: set[int] = set()
    merged = 0
    with registry.write(lock=True) as session:
        persons = PersonIndex(session)  # read once for the whole file
        for line_no, d in rows:
            rec = Record.from_dict(d)
            status = "accepted" if accept else (d.get("status") or "candidate")
            stored = store_record(session, rec, document_id=None, status=status,
                                  origin="import", exclude=created, persons=persons,
                                  reason=f"imported by {who} from {Path(path).name}:{line_no}")
            if stored.merged:
                merged += 1
            else:
                created.add(stored.event.id)
        audit(session, who=who, action="import", entity="file", entity_id=None,
              after={"path": str(path), "rows": len(rows), "new_events": len(created),
                     "merged": merged})
    registry.optimize()
    return ImportReport(str(path), len(rows), len(created), merged)
