"""Counting rules 11-15 (version 2 of :mod:`communique.reports.counting`):
measures, agreements by two rules, aid recipients over a period, the
ministry's own output, and the places of outreach. Re-exported by
``counting``; read the rules in its docstring."""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from ..model import Record

if TYPE_CHECKING:  # pragma: no cover
    from ..registry import Registry
    from .counting import Item, Tally

__all__ = ["MeasureSum", "measure_sums", "combine_qualifiers", "agreement_counts",
           "AidReach", "aid_recipients", "aid_reach", "NewsCount", "news_kind", "news_items",
           "outreach_places"]


@dataclass
class MeasureSum:
    """Rule 11: the sum of one unit's measures (over one event type, or all when
    ``type`` is None), how exact it is, and the events behind it."""

    unit: str
    type: str | None
    value: float | int = 0
    qualifier: str = "exactly"
    items: list[Item] = field(default_factory=list)

    @property
    def refs(self) -> list[int | str]:
        return list(dict.fromkeys(i.ref for i in self.items))


def combine_qualifiers(qualifiers: Iterable[str]) -> str:
    """How exact a sum is: exact when every part is; ``more_than``/``at_least``
    (or ``less_than``) when the inexact parts all lean one way; else ``about``."""
    q = set(qualifiers) - {"exactly"}
    if not q:
        return "exactly"
    if q <= {"more_than", "at_least"}:
        return "more_than" if "more_than" in q else "at_least"
    if q == {"less_than"}:
        return "less_than"
    return "about"


def measure_sums(events: Iterable[Any], *, by_type: bool = True) -> list[MeasureSum]:
    """Rule 11: measures summed by unit (and event type with ``by_type``), largest
    first; amounts stay in their own currency, never converted."""
    from .counting import items_of

    acc: dict[tuple[str, str | None], MeasureSum] = {}
    quals: dict[tuple[str, str | None], list[str]] = defaultdict(list)
    for item in items_of(events):
        for m in item.record.measures:
            if not m.unit:
                continue
            key = (m.unit, item.record.type if by_type else None)
            s = acc.setdefault(key, MeasureSum(m.unit, key[1]))
            s.value += m.value
            quals[key].append(m.qualifier)
            if not s.items or s.items[-1] is not item:
                s.items.append(item)
    for key, s in acc.items():
        s.qualifier = combine_qualifiers(quals[key])
        if isinstance(s.value, float) and s.value.is_integer():
            s.value = int(s.value)
    return sorted(acc.values(), key=lambda s: (-s.value, s.unit, s.type or ""))


def agreement_counts(events: Iterable[Any], issuer: str | None) -> dict[str, Tally]:
    """Rule 12: the year's agreements counted three ways: ``documents`` (one per
    agreement record, or its stated number of documents), ``occasions`` (signing
    ceremonies: records of the same day with the same partners are one) and
    ``counterparts`` (rule 7: one per partner country)."""
    from .counting import AGREEMENT_UNITS, Tally, agreement_count, items_of, partners

    docs = Tally("documents", "agreements as documents signed")
    occasions = Tally("occasions", "signing occasions")
    counterparts = Tally("counterparts", "agreements per counterpart (rule 7)")
    seen: set[tuple[str | None, tuple[str, ...]]] = set()
    for item in items_of(events):
        rec = item.record
        if rec.type != "agreement":
            continue
        q = rec.quantity
        stated = (q is not None and (q.unit or "agreements").lower() in AGREEMENT_UNITS
                  and float(q.value).is_integer() and q.value >= 1)
        docs.add(item, int(q.value) if stated and q is not None else 1)
        counterparts.add(item, agreement_count(rec, issuer))
        key = (rec.date.start if rec.date.start and len(rec.date.start) == 10 else
               f"undated-{item.key}", tuple(sorted(partners(rec, issuer) or rec.organizations)))
        occasions.add(item, 0 if key in seen else 1)
        seen.add(key)
    return {"documents": docs, "occasions": occasions, "counterparts": counterparts}


@dataclass
class AidReach:
    """Rule 13: whom the issuer's aid reached over ``years`` (first, last)."""

    countries: list[str]
    organizations: list[str]
    years: tuple[int | None, int | None]
    events: list[int | str] = field(default_factory=list)
    activities: list[int] = field(default_factory=list)


def _year_of(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def aid_recipients(events: Iterable[Any], issuer: str | None, *,
                   activities: Iterable[Any] = (), from_year: int | None = None,
                   to_year: int | None = None) -> AidReach:
    """Rule 13 on given events (``aid`` records the issuer gives, or with no giver)
    and aid activities (:class:`communique.aid.Aid` with the issuer as donor)."""
    from .counting import items_of

    countries: dict[str, None] = {}
    orgs: dict[str, None] = {}
    refs: list[int | str] = []
    ids: list[int] = []
    years: list[int] = []

    def inside(year: int | None) -> bool:
        return year is not None and (from_year is None or year >= from_year) and \
            (to_year is None or year <= to_year)

    for item in items_of(events):
        rec: Record = item.record
        year = _year_of(rec.date.start)
        if rec.type != "aid" or not inside(year) or (rec.from_ and issuer not in rec.from_):
            continue
        got = [c for c in rec.to if c != issuer]
        if not got and not rec.organizations:
            continue
        countries.update(dict.fromkeys(got))
        orgs.update(dict.fromkeys(rec.organizations))
        refs.append(item.ref)
        years.append(year or 0)
    from ..aid import Aid

    for a in activities:
        aid: Aid = a
        year = _year_of(aid.date.start)
        if (issuer and aid.donor != issuer) or not inside(year):
            continue
        for r in aid.recipients:
            (countries if len(r) == 3 and r.isupper() and _is_country(r) else orgs)[r] = None
        if aid.id is not None:
            ids.append(aid.id)
        years.append(year or 0)
    span = (min(years), max(years)) if years else (from_year, to_year)
    return AidReach(sorted(countries), sorted(orgs), span, refs, ids)


def _is_country(code: str) -> bool:
    from ..reference import is_country_code

    return bool(is_country_code(code))


def aid_reach(registry: Registry, issuer: str, *, from_year: int | None = None,
              to_year: int | None = None, include_candidates: bool = False) -> AidReach:
    """Rule 13 on a registry: accepted ``aid`` events and every aid activity, from
    ``from_year`` (None: the first year the registry holds: "so far") to ``to_year``."""
    from ..services.aid import AidFilter, list_aid
    from ..services.query import EventFilter, list_events
    from .counting import check_issuer

    code = check_issuer(issuer)
    statuses = ["accepted", "candidate"] if include_candidates else ["accepted"]
    flt = EventFilter(types=["aid"], statuses=statuses,
                      from_date=f"{from_year:04d}" if from_year else None,
                      to_date=f"{to_year:04d}" if to_year else None)
    views = list_events(registry, flt, count_mentions=False, sources=False)
    acts = list_aid(registry, AidFilter(donor=code,
                                        from_date=f"{from_year:04d}" if from_year else None,
                                        to_date=f"{to_year:04d}" if to_year else None))
    return aid_recipients(views, code, activities=acts, from_year=from_year, to_year=to_year)


@dataclass
class NewsCount:
    """Rule 14: the issuer's documents of one year and kind (its news items)."""

    year: int | None
    kind: str
    value: int = 0
    documents: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _kinds() -> list[tuple[str, re.Pattern[str]]]:
    data = tomllib.loads(resources.files("communique.reports").joinpath(
        "data", "news_kinds.toml").read_text(encoding="utf-8"))
    return [(k, re.compile("|".join(v))) for k, v in data["kinds"].items()]


def news_kind(name: str, text: str) -> str:
    """The kind of one news item from its name and opening (``data/news_kinds.toml``)."""
    head = (name + "\n" + text[:400]).lower()
    return next((k for k, rx in _kinds() if rx.search(head)), "news")


def news_items(registry: Registry, issuer: str, *, from_year: int | None = None,
               to_year: int | None = None) -> list[NewsCount]:
    """Rule 14: the documents the issuer issued in the registry, by year and kind
    (a document's year is its date; undated documents have year ``None``)."""
    from sqlalchemy import func, select

    from ..registry import Document
    from .counting import check_issuer

    code = check_issuer(issuer)
    acc: dict[tuple[int | None, str], NewsCount] = {}
    query = select(Document.name, Document.date, func.substr(Document.text, 1, 400)) \
        .where(Document.issuer == code).order_by(Document.id)
    with registry.read() as session:
        for name, date, head in session.execute(query):
            year = _year_of(date)
            if (from_year and (year is None or year < from_year)) or \
                    (to_year and (year is None or year > to_year)):
                continue
            kind = news_kind(name or "", head or "")
            n = acc.setdefault((year, kind), NewsCount(year, kind))
            n.value += 1
            n.documents.append(name)
    return sorted(acc.values(), key=lambda n: (n.year or 0, -n.value, n.kind))


def outreach_places(events: Iterable[Any], *, types: tuple[str, ...] = ("outreach",)
                    ) -> list[Tally]:
    """Rule 15: the distinct places (city, else country) of outreach events, each
    with its events; an event without a place is left out."""
    from .counting import Tally, items_of

    out: dict[str, Tally] = {}
    for item in items_of(events):
        place = item.record.place
        if item.record.type not in types or place is None:
            continue
        key = place.city or place.country
        if key:
            out.setdefault(key, Tally(key, key)).add(item)
    return sorted(out.values(), key=lambda t: (-t.value, t.key))
