"""Check the numbers of a draft against the registry.

    check_draft("draft.docx", registry=reg, issuer="AZE", year=2021)   -> list[Finding]
    check_registry(text, registry=reg, issuer="AZE", year=2021)        -> list[Finding]
    check_text(text, items, issuer="AZE", year=2021)                   -> list[Finding]

Each numeric claim ("the Foreign Ministers of 16 countries visited our
country", "more than 80 meetings", "143 votes") is counted with the counting
rules (:mod:`.counting`) over the years it names ("so far", "since 2020": the
years the registry holds) and the part of the year or occasion it names ("in
the first half of the year", "during the high-level week"), by every rule
that applies (agreements as documents or as signing occasions; visits as
trips or as countries; measures of the claim's unit). The verdict is one of
:data:`VERDICTS`: ``agrees`` (every value the registry allows bears it out,
by some rule), ``consistent`` (the registry knows part, and the claim lies in
the interval the truth lies in: the records whose level or date would settle
it are listed), ``disagrees`` (outside the interval by every rule) or
``unverifiable`` (and why). Qualifiers matter: "more than 80" agrees with 85;
"about 80" agrees within 10% (at least 1).

Also flagged: a country listed twice in one list, a count that disagrees
with the list it introduces, and a date outside the year.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import counting
from ._check_format import VERDICT_TITLES, VERDICTS, format_text, refs_words, summary
from ._claims import Claim, CountryList, Measure, find_claims, find_lists, sentences
from ._verdicts import (
    Count,
    counts_for,
    judge,
    measure_interval,
    on_occasion,
    plural,
    satisfies,
    verdict_of,
    window_words,
)
from .counting import Item

if TYPE_CHECKING:  # pragma: no cover
    from ..registry import Registry

__all__ = ["Finding", "VERDICTS", "VERDICT_TITLES", "check_text", "check_registry",
           "check_draft", "needed_years", "summary", "satisfies", "judge",
           "format_text"]

_LEVEL_WORDS = {"heads": "at the level of heads of state or government",
                "foreign_minister": "at foreign-minister level",
                "unknown": "of unrecorded level"}


@dataclass
class Finding:
    """One claim (or flag) and its verdict; ``to_dict`` is the JSON of ``check --format json``
    and of the web's check, field for field."""

    kind: str                       # claim | list | date
    claim: str
    start: int
    end: int
    claimed: int | float | None
    qualifier: str | None
    counts: str
    registry: int | None
    verdict: str
    reason: str
    records: list[int | str] = field(default_factory=list)
    phrase: str = ""
    registry_list: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rule: str | None = None                       # the counting rule the verdict used
    bounds: list[int | None] | None = None        # [lo, hi] the truth lies in (hi None: open)
    years: list[int] = field(default_factory=list)  # the years counted
    scope: str | None = None                      # the part of the year or occasion counted
    settle: list[int | str] = field(default_factory=list)  # records whose level/date settle it
    unknown: str | None = None                    # what ``settle`` lacks: "level" or "date"
    other_counts: list[dict[str, Any]] = field(default_factory=list)  # other rules' counts

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "claim": self.claim, "start": self.start, "end": self.end,
                "phrase": self.phrase, "claimed": self.claimed, "qualifier": self.qualifier,
                "counts": self.counts, "registry": self.registry, "verdict": self.verdict,
                "reason": self.reason, "rule": self.rule, "bounds": self.bounds,
                "years": self.years, "scope": self.scope, "records": self.records,
                "settle": self.settle, "unknown": self.unknown, "other_counts": self.other_counts,
                "registry_list": self.registry_list, "notes": self.notes}


def _describe(m: Measure, issuer: str, years: list[int]) -> str:
    when = _years_words(years)
    where = []
    if m.partner:
        where.append(f"with {m.partner}")
    if m.region:
        where.append(f"in {m.region.replace('|', ' or ')}")
    scope = f" of {issuer} in {when}" + (f" ({', '.join(where)})" if where else "")
    level = f" {_LEVEL_WORDS[m.level]}" if m.level else ""
    if m.what == "measure":
        return f"{m.units[-1]} recorded as measures of events of {issuer} in {when}"
    if m.what == "rounds":
        return f"rounds of the {m.named} in {when}"
    if m.what == "consular_ops":
        return f"consular emergency operations of {issuer} in {when}"
    if m.what == "countries":
        if m.type == "visit" and m.direction == "received":
            return f"countries whose delegations visited {issuer} in {when}{level}"
        if m.type == "visit" and m.direction == "paid":
            return f"countries that delegations of {issuer} visited in {when}{level}"
        return f"partner countries in {plural(m.type) if m.type else 'events'}{scope}{level}"
    if m.what == "orgs":
        return f"international organisations in {plural(m.type) if m.type else 'events'}" \
               f"{scope}"
    if m.what == "visit" and m.direction:
        return f"visits {m.direction} by {issuer} in {when}{level}" + (
            f" ({', '.join(where)})" if where else "")
    return f"{plural(m.what) if m.what != 'events' else 'events'}{scope}{level}"


def _years_words(years: list[int]) -> str:
    if not years:
        return "no year"
    if len(years) == 1:
        return str(years[0])
    if years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}-{years[-1]}"
    return ", ".join(map(str, years))


def _names(codes: Sequence[str]) -> list[str]:
    from ..reference import countries

    data = countries()
    return [data[c].name if c in data else c for c in codes]


def _num(v: float | None) -> str:
    if v is None:
        return "no upper bound"
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def _claimed_words(c: Claim) -> str:
    q = {"exactly": "", "more_than": "more than ", "at_least": "at least ",
         "less_than": "less than ", "about": "about "}.get(c.qualifier, "")
    return f"{q}{c.value}"


_BEST = {"agrees": 0, "consistent": 1, "disagrees": 2}


def _judge_claim(c: Claim, items: list[Item], issuer: str, years: list[int], floor: bool,
                 held: list[int], memo: dict[Any, list[Count]] | None = None,
                 figures: Sequence[Item] | None = None) -> Finding:
    m = c.measure
    figures = counting.stated_figures(items) if figures is None else figures
    base: dict[str, Any] = {"kind": "claim", "claim": c.sentence.strip(), "start": c.start,
                            "end": c.end, "claimed": c.value, "qualifier": c.qualifier,
                            "phrase": c.phrase, "years": years,
                            "scope": window_words(m.window) if m.window else None}
    desk = _desk_quantity(c, items, base)
    if desk is not None:
        return desk
    if m.why_not:
        return Finding(counts=c.noun.lower(), registry=None, verdict="unverifiable",
                       reason=m.why_not, notes=_stated_figure(c, figures), **base)
    counts = _describe(m, issuer, years)
    when = _years_words(years)
    if not any(i.record.type != "figure" for i in items):
        return Finding(counts=counts, registry=None, verdict="unverifiable",
                       reason=f"the registry holds no counted records of {issuer} for {when}",
                       **base)
    kind = m.type if m.what in ("countries", "orgs") else m.what
    if kind in counting.COUNTED_TYPES and not any(i.record.type == kind for i in items):
        return Finding(counts=counts, registry=None, verdict="unverifiable",
                       reason=f"the registry holds no {kind} records of {issuer} for {when}",
                       **base)
    w = m.window
    if w is not None and (w.orgs or w.words) and not any(on_occasion(i, w) for i in items):
        return Finding(counts=counts, registry=None, verdict="unverifiable",
                       reason=f"the registry holds no event of {issuer} in {when} of the "
                              f"occasion the sentence names ({window_words(w)})", **base)
    key = None if m.what == "measure" else (
        m.what, m.type, m.direction, m.level, m.partner, m.region, m.named, m.window,
        tuple(years), floor)
    if memo is not None and key is not None and key in memo:
        found = memo[key]
    else:
        found = counts_for(c, items, issuer, floor)
        if memo is not None and key is not None:
            memo[key] = found
    if not found:
        if m.what == "rounds":
            why = f"the registry holds no event of {issuer} in {when} whose record names " \
                  f"the {m.named}"
        elif m.what == "consular_ops":
            why = f"the registry holds no consular record of {issuer} in {when} about an " \
                  f"evacuation, rescue or emergency"
        else:
            why = f"no record of {issuer} in {when} carries a measure of " \
                  f"{' or '.join(m.units)}" + (" for this occasion" if _unit_elsewhere(
                      m.units, items) else "")
        return Finding(counts=counts, registry=None, verdict="unverifiable", reason=why,
                       notes=_stated_figure(c, figures), **base)
    judged = [(verdict_of(c, n), n) for n in found]
    verdict, best = min(judged, key=lambda vn: _BEST[vn[0]])
    if verdict == "disagrees":  # say it against the claim's own rule
        best = found[0]
    reason = _reason(c, verdict, best, floor, held, years)
    rest = [(v, n) for v, n in judged if n is not best]
    others: list[dict[str, Any]] = [{"rule": n.rule, "bounds": [_int(n.lo), _int(n.hi)],
                                     "verdict": v, "records": n.refs} for v, n in rest]
    if rest:
        reason += "; by the other rule" + ("s" if len(rest) > 1 else "") + ": " + "; ".join(
            f"{n.rule}: {_bounds_words([_int(n.lo), _int(n.hi)])} ({v})" for v, n in rest)
    listing = best.listing
    return Finding(counts=counts, registry=_int(best.lo), verdict=verdict, reason=reason,
                   records=best.refs, rule=best.rule, bounds=[_int(best.lo), _int(best.hi)],
                   settle=list(dict.fromkeys(i.ref for i in best.maybe))
                   if verdict == "consistent" else [], other_counts=others,
                   unknown=(best.unsure or None) if verdict == "consistent" else None,
                   registry_list=_names(listing) if listing and m.what == "countries"
                   else list(listing), notes=_stated_figure(c, figures)
                   if m.what != "measure" else [], **base)


def _unit_elsewhere(units: tuple[str, ...], items: list[Item]) -> bool:
    from ..measures import canonical_unit

    return any(canonical_unit(q.unit) in units for i in items
               for q in [*i.record.measures, *([i.record.quantity] if i.record.quantity
                                               else [])])


def _int(v: float | None) -> int | None:
    return None if v is None else int(v) if float(v).is_integer() else v  # type: ignore[return-value]


def _bounds_words(b: list[int | None]) -> str:
    lo, hi = b
    if hi is None:
        return f"at least {lo}"
    return str(lo) if lo == hi else f"between {lo} and {hi}"


def _reason(c: Claim, verdict: str, n: Count, floor: bool, held: list[int],
            years: list[int]) -> str:
    claimed = _claimed_words(c)
    recs = refs_words(n.refs)
    if n.stated:
        known = f"counted as {n.rule}: the records state {n.stated}"
    else:
        known = f"counted as {n.rule}: {_num(n.lo)} recorded ({recs})"
    parts = [known]
    if n.maybe and n.stated:
        verb = "is" if len(n.maybe) == 1 else "are"
        parts.append(f"{refs_words([i.ref for i in n.maybe])} {verb}"
                     f" dated only by year, so the total within the period named lies "
                     f"between {_num(n.lo)} and {_num(n.hi)}")
    elif n.maybe and n.hi is not None and n.hi != n.lo:
        what = "level" if n.unsure == "level" else "date within the period named"
        parts.append(f"{_num(n.hi - n.lo)} more of unknown {what} "
                     f"({refs_words([i.ref for i in n.maybe])}): between {_num(n.lo)} and "
                     f"{_num(n.hi)}")
    if floor:
        first = min(held) if held else years[0]
        period = c.measure.period.phrase if c.measure.period else "the period"
        parts.append(f"\"{period}\" reaches before {first}, the first year the registry "
                     f"holds, so the truth is at least {_num(n.lo)}")
    text = "; ".join(parts)
    if verdict == "agrees":
        return f"{text}; the claim ({claimed}) agrees"
    if verdict == "consistent":
        return f"{text}; the claim ({claimed}) lies within it"
    if n.hi != n.lo or floor:
        return f"{text}; the claim ({claimed}) lies outside it"
    return f"{text}; the claim ({claimed}) does not match {_num(n.lo)}"


def _desk_unit(c: Claim) -> tuple[str, str | None] | None:
    """(unit, kind word) of the consular desk's records a claim counts, if any."""
    import re

    noun, sentence = c.noun.lower(), c.sentence.lower()
    kind = "repatriated" if re.search(r"\brepatriat", sentence) else \
        "evacuated" if re.search(r"\bevacuat", sentence) else None
    if noun in ("appeals", "applications"):
        return "appeals", None
    if noun in ("children", "women"):
        return noun, kind
    if noun in ("citizens", "people", "persons", "nationals"):
        if kind:
            return f"people {kind}", None
        if re.search(r"\bcrossed (?:the|a) border|\bborder crossings?\b", sentence):
            return "border crossings", None
    return None


def _desk_quantity(c: Claim, items: list[Item], base: dict[str, Any]) -> Finding | None:
    """Claims about the consular desk's numbers, decided from the ``consular`` records it
    writes (a quantity with a unit per month; see :mod:`communique.consular`)."""
    from ..measures import format_measure

    found = _desk_unit(c)
    if found is None or c.value is None:
        return None
    unit, kind = found
    hits = [i for i in items if counting.from_desk(i) and i.record.quantity is not None
            and (i.record.quantity.unit or "").lower() == unit
            and (kind is None or kind in (i.record.title or "").lower())]
    if not hits:
        return None
    spans = [measure_interval(i.record.quantity.qualifier, float(i.record.quantity.value))
             for i in hits if i.record.quantity is not None]
    lo = int(sum(a for a, _ in spans))
    hi = None if any(b is None for _, b in spans) else int(sum(b for _, b in spans if b))
    total = lo
    verdict = judge(c.qualifier, c.value, lo, hi)
    refs: list[int | str] = [i.ref for i in hits]
    rule = f"the consular desk's monthly records of {unit}{f' ({kind})' if kind else ''}, " \
           f"summed over the year"
    said = {"agrees": "agrees", "consistent": "lies within it"}.get(
        verdict, "lies outside it" if hi != lo else f"does not match {lo}")
    stated = ", ".join(f"{format_measure(i.record.quantity)} (record {i.ref})" for i in hits
                       if i.record.quantity is not None)
    return Finding(counts=f"{unit}{f' ({kind})' if kind else ''} recorded by the consular desk",
                   registry=total, verdict=verdict,
                   reason=f"counted as {rule}: the records state {stated}"
                          + ("" if hi == lo else f": at least {lo}" if hi is None else
                             f": between {lo} and {hi}")
                          + f"; the claim ({_claimed_words(c)}) {said}",
                   records=refs, rule=rule, bounds=[lo, hi], **base)


def _list_findings(text: str, claims: Sequence[Claim], issuer: str) -> list[Finding]:
    out: list[Finding] = []
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence_start, []).append(c)
    for s, e in sentences(text):
        lists = find_lists(text, s, e)
        sentence = text[s:e].strip()
        for lst in lists:
            for code in lst.duplicates:
                name = lst.names[lst.codes.index(code)]
                out.append(Finding(
                    "list", sentence, lst.start, lst.end, len(lst.codes), "exactly",
                    "countries named in one list", len(set(lst.codes)), "disagrees",
                    f"{name} is listed {lst.codes.count(code)} times in one list",
                    phrase=text[lst.start:lst.end]))
        mine = by_sentence.get(s, [])
        for c in mine:
            lst_found = _introduced(text, c, lists)
            if lst_found is not None and any(
                    o is not c and min(c.end, lst_found.end) <= o.start < max(c.start,
                                                                               lst_found.start)
                    for o in mine):
                continue  # another count stands between: the list is that one's
            if lst_found is None or c.value is None:
                continue
            distinct = len(set(lst_found.codes))
            if distinct == c.value:
                continue
            counts_countries = c.measure.what == "countries"
            named = f"{len(lst_found.codes)} countries" + (
                f" ({distinct} distinct)" if distinct != len(lst_found.codes) else "")
            if counts_countries or distinct > c.value:
                verdict, why = "disagrees", f"the count says {c.value} but the list it " \
                                            f"introduces names {named}"
            else:
                verdict, why = "unverifiable", (
                    f"the list it introduces names {named} for {c.value} "
                    f"{c.noun.lower()}; several may be with one country, so check the list")
            c.notes.append(why)
            out.append(Finding("list", sentence, lst_found.start, lst_found.end, c.value,
                               c.qualifier, f"items of the list that \"{c.phrase}\" "
                               f"introduces", distinct, verdict, why, phrase=c.phrase))
    return out


def _introduced(text: str, c: Claim, lists: list[CountryList]) -> CountryList | None:
    import re

    for lst in lists:
        if lst.start >= c.end:
            gap = text[c.end:lst.start]
            if len(gap) <= 60 and re.search(r":|\bwith\b|\bnamely\b|[—–-]\s*$|\bto\b",
                                            gap) and not re.search(r"\bincluding\b|\bsuch as\b|"
                                                                   r"\bin particular\b", gap):
                return lst
        elif lst.end <= c.start:
            gap = text[lst.end:c.start]
            if len(gap) <= 30 and re.search(r"[—–-]\s*(?:a total of|in total|altogether)?\s*$|"
                                            r"\ba total of\s*$", gap):
                return lst
    return None


def _date_findings(text: str, year: int) -> list[Finding]:
    from ..extract.text import find_dates

    out = []
    for s, e in sentences(text):
        for d in find_dates(text, s, e):
            if d.y1 is None or d.m1 is None or d.relative:
                continue
            years = {d.y1, d.y2 if d.y2 is not None else d.y1}
            if year in years or (d.y2 is not None and d.y1 <= year <= d.y2):
                continue
            when = text[d.start:d.end]
            out.append(Finding(
                "date", text[s:e].strip(), d.start, d.end, None, None, "date",
                None, "unverifiable",
                f"{when} lies outside {year}: check that it belongs in a text about {year}",
                phrase=when))
    return out


def _stated_figure(c: Claim, figures: Sequence[Item]) -> list[str]:
    """A figure record (of ``figures``, :func:`counting.stated_figures`) stating the same
    number (the registry quotes it, never counts it)."""
    out = []
    for i in figures:
        q = i.record.quantity
        if q is not None and c.value is not None and float(q.value) == float(c.value) and \
                (q.unit is None or q.unit.lower() == c.noun.lower()):
            out.append(f"a source states the same figure ({q.value} {q.unit or ''}, "
                       f"record {i.key}); figures are quoted, not counted (counting rule 8)")
    return out


def _from_draft(refs: Sequence[int | str], items: Sequence[Item], text: str) -> bool:
    """Do all the records ``refs`` come from sentences of ``text`` (the draft itself)?"""
    flat = " ".join(text.split())
    chosen = [i for i in items if i.ref in set(refs)]
    return bool(chosen) and all(
        i.record.source is not None and len(i.record.source.text) > 20 and
        " ".join(i.record.source.text.split()) in flat for i in chosen)


def _period_types(claims: Sequence[Claim]) -> list[str]:
    """The event types the claims that name a period count ([] when one counts any)."""
    out: list[str] = []
    for c in claims:
        m = c.measure
        if m.period is None or m.why_not:
            continue
        kind = m.type if m.what in ("countries", "orgs") else m.what
        if kind == "consular_ops":
            kind = "consular"
        if kind not in counting.COUNTED_TYPES:
            return []  # measures, rounds of talks, events of any type
        out.append(kind)
    return sorted(set(out))


def _years_of(items: Sequence[Item]) -> list[int]:
    return sorted({int(i.record.date.start[:4]) for i in items
                   if i.record.date.start and i.record.date.start[:4].isdigit()})


def _claim_years(c: Claim, year: int, held: list[int]) -> tuple[list[int], bool]:
    if c.measure.period is None:
        return [year], False
    return c.measure.period.years(year, held)


def needed_years(claims: Sequence[Claim], year: int, held: list[int]) -> list[int]:
    """Every year the claims count over (the draft's year and those their periods name)."""
    out = {year}
    for c in claims:
        out.update(_claim_years(c, year, held)[0])
    return sorted(out)


def check_text(text: str, events: Sequence[Any], *, issuer: str, year: int,
               include_candidates: bool = False, held: Sequence[int] | None = None,
               claims: Sequence[Claim] | None = None) -> list[Finding]:
    """Judge every claim of ``text`` against ``events`` (counting rules 1 and 2 take each
    claim's years from them: the draft's ``year``, or the period the claim names, over
    the years ``held`` by the registry, by default those of ``events``)."""
    from ..reference import countries

    code = counting.check_issuer(issuer)
    everything = counting.scope(events, code, None, include_candidates=include_candidates)
    years_held = sorted(held) if held is not None else _years_of(everything)
    by_year: dict[int, list[Item]] = {}
    for item in everything:
        start = item.record.date.start or ""
        if start[:4].isdigit():
            by_year.setdefault(int(start[:4]), []).append(item)
    c = countries().get(code)
    names = [c.name, *c.aliases] if c else []
    if claims is None:
        claims = find_claims(text, code, issuer_names=names)
    findings = []
    memo: dict[Any, list[Count]] = {}  # one count per distinct measure and period
    scopes: dict[tuple[int, ...], tuple[list[Item], list[Item]]] = {}
    for cl in claims:
        years, floor = _claim_years(cl, year, years_held)
        if tuple(years) not in scopes:
            its = [i for y in years for i in by_year.get(y, [])]
            scopes[tuple(years)] = (its, counting.stated_figures(its))
        items, figures = scopes[tuple(years)]
        f = _judge_claim(cl, items, code, years, floor, years_held, memo, figures)
        if cl.measure.what == "measure" and f.records and f.verdict != "unverifiable" and \
                _from_draft(f.records, items, text):
            f.notes.append("the records behind this verdict come from sentences of this "
                           "draft: the registry repeats the draft; another source would "
                           "confirm it")
        findings.append(f)
    lists = _list_findings(text, claims, code)
    for f, cl in zip(findings, claims, strict=True):
        f.notes.extend(n for n in cl.notes if n not in f.notes)
    findings += lists + _date_findings(text, year)
    findings.sort(key=lambda f: (f.start, f.kind != "claim"))
    return findings


def check_registry(text: str, *, registry: Registry, issuer: str, year: int,
                   include_candidates: bool = False) -> list[Finding]:
    """Check the claims of ``text`` against the registry: the one implementation behind
    ``communique check``, the web's reports page and ``POST /api/v1/check``. Loads the
    draft's year and every year a claim's period names ("so far", "since 2020")."""
    from ..reference import countries
    from ..validation import check_year

    check_year(year)
    code = counting.check_issuer(issuer)
    c = countries().get(code)
    claims = find_claims(text, code, issuer_names=[c.name, *c.aliases] if c else [])
    items = counting.load_scope(registry, code, year, include_candidates=include_candidates)
    periods = [cl.measure.period for cl in claims
               if cl.measure.period is not None and not cl.measure.why_not]
    if periods:  # the years before, back to the earliest a period names ("so far": all),
        # in one query, of the types those claims count, without source sentences
        firsts = [p.first if p.first is not None else (year - p.past + 1 if p.past else 1)
                  for p in periods]
        first = max(1, min(firsts))
        if first < year:
            items += counting.load_scope(
                registry, code, first, to_year=year - 1, sources=False,
                types=_period_types(claims), include_candidates=include_candidates)
    held = _years_of(items) or [year]  # the years the registry holds (of those types)
    return check_text(text, items, issuer=code, year=year,
                      include_candidates=include_candidates, held=held, claims=claims)


def check_draft(path: str | os.PathLike[str], *, registry: Registry, issuer: str, year: int,
                include_candidates: bool = False) -> list[Finding]:
    """Read a draft (txt, md, html, docx, pdf) and check it against the registry."""
    from ..documents import read_document

    doc = read_document(path)
    return check_registry(doc.text, registry=registry, issuer=issuer, year=year,
                          include_candidates=include_candidates)
