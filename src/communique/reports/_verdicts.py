"""Counting what a claim counts, by every rule that applies, as intervals.

A :class:`Count` is what the registry knows about one reading of a claim: the
number it is sure of (``lo``), the most it could be (``hi``; ``None`` when the
period reaches before the registry's first year), the records behind each and
the records whose level or date would settle the rest. :func:`counts_for`
returns one count per counting rule that applies ("agreements as documents"
and "as signing occasions"; "visits as trips" and "as countries"), the
claim's own rule first; :func:`verdict_of` judges one count against the claim.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from . import counting
from ._claims import Claim, Measure
from ._scope import MONTHS, Window
from .counting import Item

__all__ = ["Count", "counts_for", "verdict_of", "claimed_interval", "satisfies", "judge",
           "measure_interval", "in_window", "on_occasion", "window_words", "plural"]

_INF = math.inf


@dataclass
class Count:
    """One counting rule's answer: the truth lies in [lo, hi] (hi None: no upper bound)."""

    rule: str
    lo: float
    hi: float | None
    items: list[Item] = field(default_factory=list)      # behind ``lo``
    maybe: list[Item] = field(default_factory=list)      # would settle the rest
    unsure: str = ""                                     # what ``maybe`` lacks: "level", "date"
    listing: list[str] = field(default_factory=list)     # countries or organisations counted
    stated: str = ""                                     # measures: what the records state

    @property
    def exact(self) -> bool:
        return self.hi is not None and self.hi == self.lo

    @property
    def refs(self) -> list[int | str]:
        return list(dict.fromkeys(i.ref for i in self.items))


def satisfies(qualifier: str, claimed: float, value: float) -> bool:
    """Does the registry's ``value`` bear out "``qualifier`` ``claimed``"?"""
    lo, hi = claimed_interval(qualifier, claimed)
    return lo <= value <= hi


def claimed_interval(qualifier: str, claimed: float) -> tuple[float, float]:
    """The values a claim allows: "more than 80" is 81 and up (for whole numbers),
    "about 80" is 72 to 88 (10%, at least 1)."""
    step = 1 if float(claimed).is_integer() else 0
    if qualifier == "more_than":
        return (claimed + step if step else math.nextafter(claimed, _INF)), _INF
    if qualifier == "at_least":
        return claimed, _INF
    if qualifier == "less_than":
        return 0, claimed - step if step else math.nextafter(claimed, 0)
    if qualifier == "about":
        tol = max(1, round(0.1 * claimed))
        return claimed - tol, claimed + tol
    return claimed, claimed


def measure_interval(qualifier: str, value: float) -> tuple[float, float | None]:
    """What a stated measure says: "more than 100 people" is 101 or more."""
    lo, hi = claimed_interval(qualifier, value)
    return lo, None if hi == _INF else hi


def judge(qualifier: str, claimed: float, lo: float, hi: float | None) -> str:
    """``agrees`` when every value in [lo, hi] bears the claim out, ``disagrees`` when
    none does, ``consistent`` when the claim lies within the bounds."""
    a, b = claimed_interval(qualifier, claimed)
    top = _INF if hi is None else hi
    if a <= lo and top <= b:
        return "agrees"
    if top < a or lo > b:
        return "disagrees"
    return "consistent"


def verdict_of(claim: Claim, count: Count) -> str:
    assert claim.value is not None
    return judge(claim.qualifier, claim.value, count.lo, count.hi)


# ---------------------------------------------------------------- scoping


def _month(item: Item) -> int | None:
    start = item.record.date.start or ""
    return int(start[5:7]) if len(start) >= 7 and start[5:7].isdigit() else None


def on_occasion(item: Item, window: Window) -> bool:
    rec = item.record
    if not (window.orgs or window.words or window.city):
        return True
    from ..reference import org_root

    orgs = set(rec.organizations) | {org_root(o) for o in rec.organizations}
    if window.orgs:
        return bool(orgs & set(window.orgs)) or (
            window.city is not None and rec.place is not None and rec.place.city == window.city)
    if window.city and rec.place is not None and rec.place.city == window.city:
        return True
    text = " ".join(x for x in (rec.title, rec.source.text if rec.source else None) if x)
    return bool(window.words) and all(re.search(rf"\b{re.escape(w)}\b", text)
                                      for w in window.words)


def _span(item: Item) -> tuple[str, str] | None:
    d = item.record.date
    if not d.start or len(d.start) < 10:
        return None
    return d.start, (d.end if d.end and len(d.end) >= 10 else d.start)


def in_window(items: Sequence[Item], window: Window | None,
              anchors: Sequence[Item] = ()) -> tuple[list[Item], list[Item]]:
    """(sure, maybe): events within the window's months and occasion, and events of the
    occasion dated only by year (they may fall inside). An event is of the occasion when
    its record names it (organisation, city, words) or, when ``anchors`` (all the events
    in scope) hold a multilateral event that names it, when its days overlap that
    event's, in the same city or none: a meeting on the margins of a summit."""
    if window is None:
        return list(items), []
    occasions = [a for a in anchors if a.record.type == "multilateral"
                 and on_occasion(a, window)]
    spans = [(sp, a.record.place.city if a.record.place is not None else None)
             for a in occasions if (sp := _span(a)) is not None]
    sure, maybe = [], []
    for item in items:
        if not on_occasion(item, window):
            span = _span(item)
            city = item.record.place.city if item.record.place is not None else None
            if span is None or not any(
                    span[0] <= b and a <= span[1] and not (city and where and city != where)
                    for (a, b), where in spans):
                continue
        month = _month(item)
        if window.months is None or (month is not None and
                                     window.months[0] <= month <= window.months[1]):
            sure.append(item)
        elif month is None:
            maybe.append(item)
    return sure, maybe


def window_words(window: Window) -> str:
    parts = []
    if window.months:
        a, b = window.months
        parts.append(MONTHS[a - 1].capitalize() if a == b else
                     f"{MONTHS[a - 1].capitalize()}-{MONTHS[b - 1].capitalize()}")
    if window.orgs or window.city or window.words:
        parts.append("events of " + ", ".join([*window.orgs, *(window.words or ()),
                                               *([window.city] if window.city else [])]))
    return "; ".join(parts)


# ---------------------------------------------------------------- rules


def _filter(items: list[Item], m: Measure, issuer: str) -> list[Item]:
    out = items
    if m.partner:
        out = [i for i in out if m.partner in counting.partners(i.record, issuer)]
    if m.region:
        regions = set(m.region.split("|"))
        known: dict[str, bool] = {}

        def inside(code: str) -> bool:
            if code not in known:
                known[code] = counting._region(code) in regions
            return known[code]

        out = [i for i in out if any(inside(c) for c in counting.partners(i.record, issuer))]
    return out


def _level_ok(item: Item, issuer: str, m: Measure, kind: str, level: str | None
              ) -> bool | None:
    """True/False: the event is/is not at the claim's level; None: its level is unknown."""
    if level is None:
        return True
    rec = item.record
    if kind == "visit" and m.direction == "paid":
        who = [issuer]
    elif kind == "visit" and m.direction == "received":
        who = [c for c in rec.from_ if c != issuer] or list(rec.organizations)
    else:
        who = counting.partners(rec, issuer)
    levels = {counting.level_of(rec, c) for c in who}
    if level in levels:
        return True
    if level != "unknown" and "unknown" in levels:
        return None
    return False


def _split(items: list[Item], m: Measure, issuer: str, kind: str
           ) -> tuple[list[Item], list[Item], str]:
    """Events of ``kind`` (and direction) split into sure and unsure (level or date)."""
    evs = [i for i in items if i.record.type == kind]
    if kind == "visit" and m.direction:
        evs = [i for i in evs if counting.direction(i.record, issuer) == m.direction]
    sure, maybe = in_window(evs, m.window, items)
    unsure = "date" if maybe else ""
    if m.level and m.level != "unknown":
        lv_sure, lv_maybe = [], []
        for i in sure:
            ok = _level_ok(i, issuer, m, kind, m.level)
            if ok:
                lv_sure.append(i)
            elif ok is None:
                lv_maybe.append(i)
        maybe = lv_maybe + [i for i in maybe if _level_ok(i, issuer, m, kind, m.level)
                            is not False]
        sure = lv_sure
        unsure = "level" if lv_maybe else unsure
    return sure, maybe, unsure


def _countries(items: list[Item], m: Measure, issuer: str, kind: str | None) -> list[str]:
    out: list[str] = []
    for i in sorted(items, key=lambda i: (i.record.date.start or "", i.key)):
        rec = i.record
        if kind == "visit" and m.direction == "received":
            codes = [c for c in rec.from_ if c != issuer]
        elif kind == "visit" and m.direction == "paid":
            codes = [c for c in rec.to if c != issuer]
        else:
            codes = counting.partners(rec, issuer)
        if m.region:
            codes = [c for c in codes if counting._region(c) in m.region.split("|")]
        out += [c for c in codes if c not in out]
    return out


def _bounded(rule: str, sure: list[Item], maybe: list[Item], unsure: str,
             f: Callable[[list[Item]], tuple[float, list[str]]], floor: bool) -> Count:
    lo, listing = f(sure)
    hi, more = f(sure + maybe) if maybe else (lo, listing)
    extra = [i for i in maybe if i not in sure]
    if extra and len(extra) <= 500:  # only the records that could change the number
        extra = [i for i in extra if f([*sure, i])[0] != lo]
    return Count(rule, lo, None if floor else hi, sure, extra, unsure, listing)


def _of_kind(m: Measure) -> str | None:
    return m.type if m.what in ("countries", "orgs") else m.what


def counts_for(claim: Claim, items: list[Item], issuer: str, floor: bool) -> list[Count]:
    """Every counting rule's count for ``claim`` over ``items`` (already scoped to the
    claim's years); ``floor``: the period reaches before the registry's first year."""
    m = claim.measure
    items = _filter(items, m, issuer)
    kind = _of_kind(m)
    if m.what == "measure":
        return _measure_counts(claim, items, floor)
    if m.what == "rounds":
        assert m.named is not None
        named = re.compile(r"\b" + r"\s+".join(map(re.escape, m.named.split())) + r"\b", re.I)
        rounds = [i for i in items if i.record.type != "figure" and any(
            named.search(t or "") for t in (i.record.title, i.record.source.text
                                            if i.record.source else None))]
        if not rounds:
            return []
        sure, maybe = in_window(rounds, m.window)
        dates = {i.record.date.start: i for i in sure}
        return [_bounded(f"rounds of the {m.named}: events whose record names them, one "
                         f"per date", list(dates.values()), maybe, "date" if maybe else "",
                         lambda xs: (len({i.record.date.start for i in xs}), []), floor)]
    if m.what == "consular_ops":
        ops = [i for i in items if i.record.type == "consular" and i.record.source and
               re.search(r"evacuat|emergenc|rescue|special flights?|brought .* home",
                         i.record.source.text, re.I)]
        if not ops:
            return []
        sure, maybe = in_window(ops, m.window)
        return [_bounded("consular operations: consular records of an evacuation, rescue or "
                         "emergency, one per occasion (source sentence)", sure, maybe,
                         "date" if maybe else "",
                         lambda xs: (len({i.record.source.text if i.record.source else i.key
                                          for i in xs}), []), floor)]
    if m.what == "orgs":
        evs = [i for i in items if i.record.type != "figure" and (not kind or
                                                                    i.record.type == kind)]
        sure, maybe = in_window(evs, m.window)
        return [_bounded(f"international organisations taking part in "
                         f"{kind + ' ' if kind else ''}events (rule 4, rolled up)", sure, maybe,
                         "date" if maybe else "",
                         lambda xs: _orgs(xs), floor)]
    if m.what == "events":
        evs = [i for i in items if i.record.type != "figure"]
        sure, maybe = in_window(evs, m.window)
        return [_bounded("events of every type (rule 3)", sure, maybe, "date" if maybe else "",
                         lambda xs: (len(xs), []), floor)]
    if kind is None:  # countries in contact, any type
        evs = [i for i in items if i.record.type != "figure"]
        sure, maybe = in_window(evs, m.window)
        return [_bounded("partner countries of any event (rule 4)", sure, maybe,
                         "date" if maybe else "",
                         lambda xs: (len(_countries(xs, m, issuer, None)),
                                     _countries(xs, m, issuer, None)), floor)]
    sure, maybe, unsure = _split(items, m, issuer, kind)
    by_country = _bounded(
        f"{plural(kind)} as countries: distinct partner countries (rule 4"
        + (", 5" if kind == "visit" else "") + (", 6" if m.level else "") + ")",
        sure, maybe, unsure,
        lambda xs: (len(_countries(xs, m, issuer, kind)), _countries(xs, m, issuer, kind)),
        floor)
    if kind == "agreement":
        docs = _bounded("agreements as documents (rule 12: one per agreement record, or the "
                        "number of documents a record states)", sure, maybe, unsure,
                        lambda xs: (counting.agreement_counts(xs, issuer)["documents"].value,
                                    []), floor)
        occasions = _bounded("agreements as signing occasions (rule 12: records of one day "
                             "with the same partners are one signing)", sure, maybe, unsure,
                             lambda xs: (counting.agreement_counts(xs, issuer)["occasions"]
                                         .value, []), floor)
        if m.what == "countries":
            return [by_country, docs, occasions]
        return [docs, occasions]
    events = _bounded(f"{plural(kind)} as events (one per record, rule 3"
                      + (", 5" if kind == "visit" else "") + (", 6" if m.level else "") + ")",
                      sure, maybe, unsure, lambda xs: (len(xs), []), floor)
    if m.what == "countries":
        return [by_country, events] if kind == "visit" else [by_country]
    return [events, by_country] if kind == "visit" else [events]


def plural(kind: str) -> str:
    return {"visit": "visits", "meeting": "meetings", "call": "telephone conversations",
            "consultation": "consultations", "commission": "joint commission sessions",
            "agreement": "agreements", "mission": "new missions", "resolution": "resolutions",
            "multilateral": "multilateral events", "aid": "deliveries of assistance"
            }.get(kind, kind + " events")


def _orgs(items: list[Item]) -> tuple[float, list[str]]:
    tallies = counting.by_org(items)
    return len(tallies), [t.label for t in tallies]


#: units whose measures are not summed across occasions (one election's votes)
_NOT_ADDITIVE = frozenset({"countries", "organizations", "co-sponsors", "votes", "headquarters"})


def _tied(claim: Claim, items: list[Item]) -> list[Item]:
    """The records of the occasion the claim's sentence names: those dated on a day or
    month the sentence names, else those of an organisation it names."""
    from ..extract.text import find_dates, find_places

    text = claim.sentence
    days = set()
    for d in find_dates(text):
        if d.y1 is not None and d.m1 is not None:
            start, _ = d.iso()
            if start:
                days.add(start)
    dated = [i for i in items if any((i.record.date.start or "").startswith(d) or
                                     d.startswith(i.record.date.start or "-")
                                     for d in days if len(i.record.date.start or "") >= 7)]
    if dated:
        return dated
    orgs = {m.code for m in find_places(text, "org")}
    return [i for i in items if orgs & set(i.record.organizations)] if orgs else []


def _stated(found: list[tuple[Item, float, float | None, str]]) -> str:
    return ", ".join(f"{q} (record {i.ref})" for i, _, _, q in found)


def _measure_counts(claim: Claim, items: list[Item], floor: bool = False) -> list[Count]:
    """Measures of the claim's unit: the records of the occasion the sentence names (its
    date or organisation), the sum over the records in scope (for units that add up),
    and one record stating the claimed number."""
    from ..measures import canonical_unit, format_measure

    units = set(claim.measure.units)
    found: list[tuple[Item, float, float | None, str]] = []
    seen: set[tuple[str, float, str]] = set()
    for i in items:
        rec = i.record
        for q in [*rec.measures, *([rec.quantity] if rec.quantity is not None else [])]:
            unit = canonical_unit(q.unit)
            if unit in units:
                # the same measure stated twice counts once: a figure restating an event's
                # measure (same sentence), or two documents reporting one day's delivery
                keys = {(rec.source.text if rec.source else i.key, float(q.value),
                         q.qualifier)}
                day = rec.date.start or ""
                if len(day) >= 10:
                    keys.add((day, float(q.value), q.qualifier))
                if not keys & seen:
                    seen.update(keys)
                    lo, hi = measure_interval(q.qualifier, float(q.value))
                    found.append((i, lo, hi, format_measure(q)))
                break
    # a figure that repeats an event's measure of the same day ("gained 143 votes":
    # the election keeps them as a measure, the figure states them) counts once
    kept = {(f[0].record.date.start, f[3]) for f in found if f[0].record.type != "figure"}
    found = [f for f in found if f[0].record.type != "figure"
             or (f[0].record.date.start, f[3]) not in kept]
    if not found:
        return []
    sure_items, maybe_items = in_window([f[0] for f in found], claim.measure.window)
    sure = [f for f in found if f[0] in sure_items]
    maybe = [f for f in found if f[0] in maybe_items]
    unit = claim.measure.units[-1]
    tied = _tied(claim, [f[0] for f in sure])

    def total(rule: str, part: list[tuple[Item, float, float | None, str]],
              unsure: list[tuple[Item, float, float | None, str]]) -> Count:
        his = [f[2] for f in part + unsure]
        hi = None if floor or any(h is None for h in his) else \
            sum(h for h in his if h is not None)
        return Count(rule, sum(f[1] for f in part), hi, [f[0] for f in part],
                     [f[0] for f in unsure], "date" if unsure else "", [],
                     _stated(part + unsure))

    out = []
    additive = not units & _NOT_ADDITIVE
    if tied:
        mine = [f for f in sure if f[0] in tied]
        if additive or len({(f[1], f[2]) for f in mine}) == 1:
            if not additive:
                mine = mine[:1]  # one election's votes, however many records state them
            out.append(total(f"{unit} of the occasion the sentence names (the measures of "
                             f"its records)", mine, []))
        else:
            tied = []  # records of the occasion disagree: one of them may state the claim
    if len(found) > 1 and not tied:
        assert claim.value is not None
        for i, lo, hi, said in sure:
            if judge(claim.qualifier, claim.value, lo, hi) == "agrees":
                out.append(Count(f"{unit}: one record's measure (one occasion)", lo, hi, [i],
                                 stated=f"{said} (record {i.ref})"))
                break
    if (sure or maybe) and (additive or len(found) == 1) and \
            (not tied or len(sure) + len(maybe) > len(tied)):
        out.append(total(f"{unit}: the sum of the measures recorded in the period", sure,
                         maybe))
    return out
