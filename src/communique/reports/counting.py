"""The counting rules: how communique turns events into numbers (version 2).

Every number the review (``communique report``), the statistics
(``communique stats``), the web app and the claim check (``communique
check``) show comes from the functions of this module, so the same question
gets the same answer everywhere. The rules, numbered so that a report can
cite them:

1. **Status.** Accepted events count. Candidates count only when asked
   (``include_candidates``). Rejected events, and events merged into another
   one, never count.
2. **Scope.** An event belongs to issuer X and year Y when it starts in Y
   (an event dated only ``2021`` starts in 2021; an undated event belongs to
   no year) and X takes part, on either side. An event without any country
   (a resolution adopted by a body, a summit declaration) belongs to X when a
   document X issued reports it (the registry loader checks that; a list of
   records given directly is taken as X's).
3. **One event, one count per type.** An event counts once, under its own
   type. A visit and the talks held during it are two records (``visit`` and
   ``meeting``), so a visit with talks counts once as a visit and once as a
   meeting. A multi-day event counts once, in the month it starts.
4. **Partners.** The partners of an event are the countries on either side
   other than the issuer. A multilateral meeting with five counterparts is
   one meeting and five *partner contacts* (one per partner country).
   Counting by country, an event counts once for each partner (so the sum
   over countries can exceed the number of events); by region and by
   organisation (rolled up to the top of the organisation's parent chain:
   UNGA counts as UN), once per distinct region or organisation.
5. **Direction of visits.** A visit is *received* when the issuer is the
   host (on the ``to`` side), *paid* when the issuer is the visitor (on the
   ``from`` side). A visit by an organisation's official to the issuer is
   received; a visit by the issuer to an organisation's seat is paid.
6. **Level.** Heads of state or government, foreign ministers and others
   are told apart by the roles of the persons recorded for a country in the
   event (the visitor's for visits, the counterpart's for other events):
   the highest role counts (``head_of_state`` and ``head_of_government`` are
   *heads*; ``foreign_minister`` is *foreign minister*; any other role is
   *other*). An event that records no person for that country has an
   *unknown* level: it is never counted as a head's or a foreign minister's
   visit, and the claim check says so instead of guessing.
7. **Agreements.** Agreements count signing occasions per counterpart: an
   ``agreement`` record counts once for each partner country (at least
   once). When the record carries a quantity of documents ("signed 5
   agreements"), it counts as that quantity instead.
8. **Figures are never summed into event counts.** A ``figure`` record (a
   number a document states: "more than 80 meetings") and the quantity of
   any record other than an agreement are reported as stated figures, never
   added to a count of events.
9. **Dyads.** A dyad is an unordered pair of distinct countries taking part
   in the same event (either side); a trilateral meeting gives three dyads.
   The dyad-year table has one row per pair and year (the year the event
   starts), with counts by type.
10. **Months.** Events dated to the day or month count in the month they
    start; events dated only by year are counted as "year only".
11. **Measures.** The measures of counted events ("143 votes", "40
    students", "USD 2 million") are summed by unit, per event type and over
    all types (:func:`measure_sums`); a sum is ``exactly`` when every part is,
    ``more_than``/``at_least``/``less_than`` when the inexact parts lean one
    way, else ``about``. Amounts are summed per currency, never converted.
12. **Agreements, two ways.** :func:`agreement_counts` gives the year's
    agreements as ``documents`` (one per agreement record, or its stated
    number of documents) and as signing ``occasions`` (records of the same
    day with the same partners are one ceremony), beside rule 7's
    ``counterparts``; a claim agrees when either documents or occasions match.
13. **Aid reached.** The recipients of the issuer's aid over a period
    (:func:`aid_reach`; no first year: every year the registry holds, "so
    far") are the distinct countries and organisations on the receiving side
    of accepted ``aid`` events the issuer gives (or with no giver named) and
    of aid activities with the issuer as donor.
14. **The ministry's own output.** The issuer's documents in the registry are
    its news items (:func:`news_items`), counted by the year of their date
    and by kind (``reports/data/news_kinds.toml``; otherwise ``news``).
15. **Places of outreach.** The places of outreach events are counted once
    per distinct city (else country) (:func:`outreach_places`).

Functions take lists of :class:`~communique.services.query.EventView`,
:class:`~communique.model.Record` or :class:`Item` (pure, testable without
a database); :func:`load_scope` and :func:`iter_dyad_rows` read a registry.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..model import EVENT_TYPES, Record
from ._loading import check_issuer, iter_dyad_rows, load_scope
from ._programmes import (
    AidReach,
    MeasureSum,
    NewsCount,
    agreement_counts,
    aid_reach,
    aid_recipients,
    combine_qualifiers,
    measure_sums,
    news_items,
    news_kind,
    outreach_places,
)

if TYPE_CHECKING:  # pragma: no cover
    pass

__all__ = [
    "DESK_SOURCE",
    "from_desk",
    "COUNTING_RULES_VERSION",
    "COUNTED_TYPES",
    "LEVELS",
    "Item",
    "Tally",
    "items_of",
    "counted",
    "scope",
    "partners",
    "direction",
    "level_of",
    "agreement_count",
    "dyads_of",
    "count",
    "by_type",
    "by_country",
    "by_region",
    "by_org",
    "by_month",
    "top_partners",
    "partner_contacts",
    "visits",
    "visit_countries",
    "agreements",
    "stated_figures",
    "dyad_year_rows",
    "network_edges",
    "load_scope",
    "iter_dyad_rows",
    "check_issuer",
    # rules 11-15 (reports/_programmes.py)
    "MeasureSum",
    "measure_sums",
    "combine_qualifiers",
    "agreement_counts",
    "AidReach",
    "aid_recipients",
    "aid_reach",
    "NewsCount",
    "news_kind",
    "news_items",
    "outreach_places",
]

COUNTING_RULES_VERSION = "2"

#: event types counted as events (rule 8: figures are not)
COUNTED_TYPES: tuple[str, ...] = tuple(t for t in EVENT_TYPES if t != "figure")
#: level buckets (rule 6), highest first
LEVELS: tuple[str, ...] = ("heads", "foreign_minister", "other", "unknown")
_RANK = {"head_of_state": 0, "head_of_government": 0, "foreign_minister": 1}
#: units of an agreement record's quantity that count as documents (rule 7)
AGREEMENT_UNITS = frozenset({
    "agreements", "documents", "memoranda", "memorandums", "treaties", "protocols",
    "declarations", "conventions", "contracts", "deals", "instruments", "accords",
})


@dataclass(frozen=True, eq=False)
class Item:
    """One event as counted: its key (``ev-12``), registry id, status and record.
    Items compare and hash by identity (one item per event in a scope)."""

    key: str
    event_id: int | None
    status: str
    record: Record

    @property
    def ref(self) -> int | str:
        """The id a link or a JSON answer uses: the event id, else the record id."""
        return self.event_id if self.event_id is not None else self.key


#: the source name of the records the consular desk writes (``communique.consular``)
DESK_SOURCE = "consular-desk"


def from_desk(item: Item) -> bool:
    """Whether ``item`` is one of the consular desk's monthly records (not a document's)."""
    src = item.record.source
    return item.record.type == "consular" and src is not None and src.doc == DESK_SOURCE


@dataclass
class Tally:
    """A number and the events behind it (every number links to its records)."""

    key: str
    label: str
    value: int = 0
    items: list[Item] = field(default_factory=list)

    @property
    def refs(self) -> list[int | str]:
        return list(dict.fromkeys(i.ref for i in self.items))

    def add(self, item: Item, n: int = 1) -> None:
        self.value += n
        if not self.items or self.items[-1] is not item:
            self.items.append(item)


def _event_id(key: str) -> int | None:
    if key.startswith("ev-") and key[3:].isdigit():
        return int(key[3:])
    return None


def items_of(events: Iterable[Any], *, status: str = "accepted") -> list[Item]:
    """Items from EventViews (status and id from the registry), Records (``status``)
    or Items (kept)."""
    out: list[Item] = []
    for e in events:
        if isinstance(e, Item):
            out.append(e)
        elif isinstance(e, Record):
            out.append(Item(e.id, _event_id(e.id), status, e))
        else:  # an EventView
            out.append(Item(e.record.id or f"ev-{e.id}", e.id, e.status, e.record))
    return out


def counted(events: Iterable[Any], *, include_candidates: bool = False) -> list[Item]:
    """Rule 1: accepted events (and candidates when asked); never rejected ones."""
    ok = {"accepted", "candidate"} if include_candidates else {"accepted"}
    return [i for i in items_of(events) if i.status in ok]


def _year(record: Record) -> int | None:
    start = record.date.start
    if not start or len(start) < 4 or not start[:4].isdigit():
        return None
    return int(start[:4])


def scope(events: Iterable[Any], issuer: str | None = None, year: int | None = None, *,
          include_candidates: bool = False) -> list[Item]:
    """Rules 1 and 2: the counted events of ``issuer`` that start in ``year``
    (either may be None: any issuer, any year)."""
    out = []
    for item in counted(events, include_candidates=include_candidates):
        rec = item.record
        if year is not None and _year(rec) != year:
            continue
        if issuer and (rec.from_ or rec.to) and issuer not in rec.from_ \
                and issuer not in rec.to:
            continue
        out.append(item)
    return out


def partners(record: Record, issuer: str | None) -> list[str]:
    """Rule 4: the countries on either side other than the issuer, in order."""
    return [c for c in dict.fromkeys((*record.from_, *record.to)) if c and c != issuer]


def direction(record: Record, issuer: str) -> str | None:
    """Rule 5: ``received`` (issuer hosts), ``paid`` (issuer visits) or None."""
    inside_from, inside_to = issuer in record.from_, issuer in record.to
    if inside_to and not inside_from:
        return "received"
    if inside_from and not inside_to:
        return "paid"
    return None


def level_of(record: Record, country: str) -> str:
    """Rule 6: ``heads``, ``foreign_minister``, ``other`` or ``unknown`` for the
    persons of ``country`` (a country code or an organisation's short name)."""
    roles = [p.role for p in record.persons if p.country == country]
    if not roles:
        return "unknown"
    best = min(_RANK.get(r, 2) for r in roles)
    return LEVELS[best]


def agreement_count(record: Record, issuer: str | None) -> int:
    """Rule 7: one per partner country (at least one), or the quantity of documents."""
    q = record.quantity
    if q is not None and (q.unit or "agreements").lower() in AGREEMENT_UNITS \
            and float(q.value).is_integer() and q.value >= 1:
        return int(q.value)
    return max(1, len(partners(record, issuer)))


def dyads_of(record: Record) -> list[tuple[str, str]]:
    """Rule 9: every unordered pair of distinct countries in the event, sorted."""
    return _pairs(sorted({c for c in (*record.from_, *record.to) if c}))


def _pairs(codes: Sequence[str]) -> list[tuple[str, str]]:
    return [(a, b) for i, a in enumerate(codes) for b in codes[i + 1:]]


# ---------------------------------------------------------------- tallies


def count(events: Iterable[Any], type_: str | None = None) -> Tally:
    """How many events (of ``type_``; figures never, rule 8)."""
    t = Tally(type_ or "events", type_ or "events")
    for item in items_of(events):
        if item.record.type == "figure" or (type_ and item.record.type != type_):
            continue
        t.add(item)
    return t


def _sorted(tallies: dict[str, Tally]) -> list[Tally]:
    return sorted(tallies.values(), key=lambda t: (-t.value, t.label))


def by_type(events: Iterable[Any]) -> list[Tally]:
    """Counts by type in the schema's order (types with no event left out)."""
    out = {t: Tally(t, t) for t in COUNTED_TYPES}
    for item in items_of(events):
        if item.record.type in out:
            out[item.record.type].add(item)
    return [t for t in out.values() if t.value]


def _country_label(code: str) -> str:
    from ..reference import countries

    c = countries().get(code)
    return c.name if c else code


def by_country(events: Iterable[Any], issuer: str | None = None, *,
               types: Sequence[str] = ()) -> list[Tally]:
    """Rule 4: events per partner country (the issuer excluded), most first."""
    out: dict[str, Tally] = {}
    for item, codes in _with_partners(events, issuer, types):
        for code in codes:
            if code not in out:
                out[code] = Tally(code, _country_label(code))
            out[code].add(item)
    return _sorted(out)


def _with_partners(events: Iterable[Any], issuer: str | None,
                   types: Sequence[str]) -> Iterator[tuple[Item, list[str]]]:
    """Each counted event (no figures; of ``types`` when given) with its partners."""
    for item in items_of(events):
        rec = item.record
        if rec.type == "figure" or (types and rec.type not in types):
            continue
        yield item, partners(rec, issuer)


def _region(code: str) -> str:
    from ..reference import countries

    c = countries().get(code)
    return (c.region or "Other") if c else "Other"


def by_region(events: Iterable[Any], issuer: str | None = None, *,
              types: Sequence[str] = ()) -> list[Tally]:
    """Rule 4: events per UN region of the partners (once per distinct region)."""
    out: dict[str, Tally] = {}
    for item, codes in _with_partners(events, issuer, types):
        for reg in dict.fromkeys(_region(c) for c in codes):
            out.setdefault(reg, Tally(reg, reg)).add(item)
    return _sorted(out)


def by_org(events: Iterable[Any], *, roll_up: bool = True,
           types: Sequence[str] = ()) -> list[Tally]:
    """Rule 4: events per organisation (rolled up to its root: UNGA -> UN)."""
    from ..reference import org_root, organizations

    known = organizations()
    out: dict[str, Tally] = {}
    for item in items_of(events):
        rec = item.record
        if rec.type == "figure" or (types and rec.type not in types):
            continue
        codes = [org_root(o) if roll_up else o for o in rec.organizations]
        for code in dict.fromkeys(codes):
            if code not in out:
                out[code] = Tally(code, known[code].name if code in known else code)
            out[code].add(item)
    return _sorted(out)


def by_month(events: Iterable[Any], *, types: Sequence[str] = ()) -> list[Tally]:
    """Rule 10: events per start month (``YYYY-MM``), then ``year only``."""
    out: dict[str, Tally] = {}
    for item in items_of(events):
        rec = item.record
        if rec.type == "figure" or (types and rec.type not in types):
            continue
        start = rec.date.start or ""
        key = start[:7] if len(start) >= 7 else (f"{start[:4]} (year only)" if start
                                                 else "undated")
        out.setdefault(key, Tally(key, key)).add(item)
    return [out[k] for k in sorted(out)]


def top_partners(events: Iterable[Any], issuer: str | None, n: int = 10) -> list[Tally]:
    """The ``n`` partner countries with most events."""
    return by_country(events, issuer)[:n]


def partner_contacts(events: Iterable[Any], issuer: str | None,
                     type_: str = "meeting") -> Tally:
    """Rule 4: one contact per partner country of each event of ``type_``."""
    t = Tally("contacts", f"partner contacts ({type_})")
    for item in items_of(events):
        if item.record.type == type_:
            n = len(partners(item.record, issuer))
            if n:
                t.add(item, n)
    return t


def _visit_sides(item: Item, issuer: str, which: str) -> list[str]:
    """The countries (or, failing any, organisations) of the other side of a visit."""
    rec = item.record
    side = rec.from_ if which == "received" else rec.to
    codes = [c for c in side if c != issuer]
    return codes or list(rec.organizations)


def visits(events: Iterable[Any], issuer: str, which: str = "received", *,
           level: str | None = None) -> Tally:
    """Rules 5 and 6: visits received or paid, at ``level`` (None: any level).

    The level of a visit received is the visitor's; of a visit paid, the
    issuer's own delegation's."""
    t = Tally(f"visits_{which}", f"visits {which}")
    for item in items_of(events):
        rec = item.record
        if rec.type != "visit" or direction(rec, issuer) != which:
            continue
        if level is not None:
            who = _visit_sides(item, issuer, which) if which == "received" else [issuer]
            if not any(level_of(rec, c) == level for c in who):
                continue
        t.add(item)
    return t


def visit_countries(events: Iterable[Any], issuer: str, which: str = "received", *,
                    level: str | None = None) -> list[Tally]:
    """Rules 5 and 6: the countries that visited (received) or were visited (paid),
    one tally per country (its visits), in order of first visit.

    With ``level``, a received visit counts for a country when that country's
    persons in it have that level; a paid visit, when the issuer's have."""
    out: dict[str, Tally] = {}
    for item in sorted(items_of(events), key=lambda i: (i.record.date.start or "", i.key)):
        rec = item.record
        if rec.type != "visit" or direction(rec, issuer) != which:
            continue
        others = [c for c in (rec.from_ if which == "received" else rec.to) if c != issuer]
        for code in others:
            who = code if which == "received" else issuer
            if level is not None and level_of(rec, who) != level:
                continue
            out.setdefault(code, Tally(code, _country_label(code))).add(item)
    return list(out.values())


def agreements(events: Iterable[Any], issuer: str | None) -> Tally:
    """Rule 7: agreements signed (per counterpart, or the stated quantity)."""
    t = Tally("agreements", "agreements")
    for item in items_of(events):
        if item.record.type == "agreement":
            t.add(item, agreement_count(item.record, issuer))
    return t


def stated_figures(events: Iterable[Any]) -> list[Item]:
    """Rule 8: the records that state a number (figures and quantities), never counted."""
    return [i for i in items_of(events)
            if i.record.type == "figure" or (i.record.quantity is not None
                                             and i.record.type != "agreement")]


# ---------------------------------------------------------------- dyads and network


def dyad_year_rows(events: Iterable[Any], *, issuer: str | None = None) -> list[dict[str, Any]]:
    """Rule 9: one row per (year, country pair) with counts by type and a total.

    With ``issuer``, only pairs that include it."""
    acc: dict[tuple[int, str, str], Counter[str]] = defaultdict(Counter)
    for item in items_of(events):
        rec = item.record
        year = _year(rec)
        if year is None or rec.type == "figure":
            continue
        for a, b in dyads_of(rec):
            if issuer and issuer not in (a, b):
                continue
            acc[(year, a, b)][rec.type] += 1
    return _dyad_table(acc)


def _dyad_table(acc: dict[tuple[int, str, str], Counter[str]]) -> list[dict[str, Any]]:
    rows = []
    for (year, a, b) in sorted(acc):
        counts = acc[(year, a, b)]
        row: dict[str, Any] = {"year": year, "country_a": a, "country_b": b}
        for t in COUNTED_TYPES:
            row[t] = counts.get(t, 0)
        row["total"] = sum(counts.values())
        rows.append(row)
    return rows


def network_edges(events: Iterable[Any]) -> list[dict[str, Any]]:
    """Rule 9 without years: ``{source, target, weight, refs}`` per country pair."""
    acc: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for item in items_of(events):
        if item.record.type == "figure":
            continue
        for pair in dyads_of(item.record):
            acc[pair].append(item)
    return [{"source": a, "target": b, "weight": len(acc[(a, b)]),
             "refs": [i.ref for i in acc[(a, b)]]}
            for a, b in sorted(acc, key=lambda p: (-len(acc[p]), p))]


# ---------------------------------------------------------------- registry loaders
