"""The one check of a record before it is written, whatever wrote it.

``record_problems(d)`` lists what the type-and-date check of
:func:`communique.services.importer.validate` does not: NUL characters
anywhere, text longer than its database column, organisation codes that
are not in the reference list, persons' country codes, quantities that are
not finite, source offsets out of range, and more countries or
organisations than one event can hold. ``check_record(rec)`` runs both and
raises one :class:`UsageError` listing every problem; the services call it
on every write (``events add``, ``review edit``, import, the web form and
the API), so no interface can store what another would refuse.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

from ..errors import UsageError
from ..model import Record
from ._bounds import MAX_ID, text_problem

__all__ = ["record_problems", "check_record", "widths", "org_problem"]


@lru_cache(maxsize=1)
def widths() -> dict[str, int]:
    """Field -> the width of the column it is stored in (read from the tables)."""
    from ..registry import Event, EventParticipant, EventPerson

    def width(column: Any) -> int:
        return int(column.type.length)

    from ..registry import AuditEntry, Person

    ev = Event.__table__.c
    return {"title": width(ev.title), "place.city": width(ev.place_city),
            "place.country": width(ev.place_country), "quantity.unit": width(ev.quantity_unit),
            "organization": width(EventParticipant.__table__.c.code),
            "person.name": width(EventPerson.__table__.c.name),
            "person.country": width(EventPerson.__table__.c.country),
            "countries": width(ev.country_key), "organizations": width(ev.org_key),
            "person": width(Person.__table__.c.name),
            "audit.who": width(AuditEntry.__table__.c.who),
            "audit.note": width(AuditEntry.__table__.c.note)}


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _seq(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _nul_anywhere(value: Any, depth: int = 0) -> bool:
    if depth > 20:
        return False
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_nul_anywhere(k, depth + 1) or _nul_anywhere(v, depth + 1)
                   for k, v in value.items())
    if isinstance(value, list):
        return any(_nul_anywhere(v, depth + 1) for v in value)
    return False


def org_problem(code: str) -> str | None:
    """Why ``code`` is not an organisation short name of the reference list (or None)."""
    from ..reference import organization, organizations

    if code in organizations():
        return None
    found = organization(code) if len(code) <= 200 else None
    hint = f" (did you mean {found.short}?)" if found is not None else \
        " (short names such as UN, UNGA, OSCE, EU; see data/organizations.tsv)"
    return f"unknown organisation {code!r}{hint}"


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def record_problems(d: Any, *, known_orgs: frozenset[str] = frozenset()) -> list[str]:
    """Width, NUL, reference-code and range problems of one interchange dict.

    ``known_orgs`` are accepted as they are (an edit keeps the organisations
    the extractor stored, even when the reference list does not know them).
    """
    if not isinstance(d, dict):
        return []
    w = widths()
    problems: list[str] = []
    if _nul_anywhere(d):
        problems.append("a field contains a NUL character (\\0): remove it")
    place, quantity = _obj(d.get("place")), _obj(d.get("quantity"))
    for what, value in (("title", d.get("title")), ("place.city", place.get("city")),
                        ("place.country", place.get("country")),
                        ("quantity.unit", quantity.get("unit"))):
        problem = text_problem(value, what, w[what])
        if problem and "NUL" not in problem:
            problems.append(problem)
    orgs = _strings(d.get("organizations"))
    for org in orgs:
        problem = text_problem(org, "organization", w["organization"])
        if problem is None and org not in known_orgs:
            problem = org_problem(org)
        if problem and "NUL" not in problem:
            problems.append(problem)
    if len("+".join(sorted(set(orgs)))) > w["organizations"]:
        problems.append(f"too many organisations for one event ({len(set(orgs))})")
    countries = _obj(d.get("countries"))
    codes = {c for c in _strings(countries.get("from")) + _strings(countries.get("to"))}
    if len("+".join(codes)) > w["countries"]:
        problems.append(f"too many countries for one event ({len(codes)}); "
                        f"at most {(w['countries'] + 1) // 4}")
    persons = _seq(d.get("persons"))
    if len(persons) > 200:
        problems.append(f"too many persons for one event ({len(persons)}; at most 200)")
    from ..reference import is_country_code

    for i, p in enumerate(persons, 1):
        if not isinstance(p, dict):
            continue
        problem = text_problem(p.get("name"), f"person {i}: name", w["person.name"])
        if problem and "NUL" not in problem:
            problems.append(problem)
        country = p.get("country")
        if country is not None and not (isinstance(country, str) and is_country_code(country)):
            problems.append(f"person {i}: unknown country code {country!r} "
                            "(ISO 3166-1 alpha-3, e.g. AZE)")
    value = quantity.get("value")
    if isinstance(value, float) and not math.isfinite(value):
        problems.append(f"quantity.value must be a finite number, not {value!r}")
    elif isinstance(value, int | float) and not isinstance(value, bool) and abs(value) > 1e15:
        problems.append(f"quantity.value {value!r} is too large (at most 10^15)")
    source = d.get("source")
    if isinstance(source, dict):
        for key in ("start", "end"):
            offset = source.get(key)
            if isinstance(offset, int) and not 0 <= offset <= MAX_ID:
                problems.append(f"source.{key} {offset} is out of range (0 to {MAX_ID})")
    return problems


def check_record(rec: Record, *, known_orgs: frozenset[str] = frozenset()) -> None:
    """Raise UsageError listing every problem of ``rec`` (type, dates, codes, roles,
    qualifiers, widths, NUL); return quietly when it may be stored."""
    from ..services.importer import validate

    d = rec.to_dict()
    problems = validate(d, known_orgs=known_orgs)
    if problems:
        raise UsageError("the record is not valid: " + "; ".join(problems))
