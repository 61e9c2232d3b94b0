"""Check the numbers of a draft against the registry.

    check_draft("draft.docx", registry=reg, issuer="AZE", year=2021)  -> list[Finding]
    check_text(text, items, issuer="AZE", year=2021)                  -> list[Finding]

Each numeric claim ("the Foreign Ministers of 16 countries visited our
country", "more than 80 meetings") is counted with the same functions as
the review (:mod:`.counting`) and judged: ``agrees``, ``disagrees`` (with
the registry's number and the records behind it) or ``unverifiable`` (and
why: no such records, vague wording, something the registry does not
count, a level it does not record). Qualifiers matter: "more than 80"
agrees with 85; "about 80" agrees within 10% (at least 1).

Also flagged: a country listed twice in one list, a count that disagrees
with the list it introduces, and a date outside the year.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import counting
from ._claims import Claim, CountryList, Measure, find_claims, find_lists, sentences
from .counting import Item, Tally

if TYPE_CHECKING:  # pragma: no cover
    from ..registry import Registry

__all__ = ["Finding", "VERDICTS", "check_text", "check_draft", "satisfies", "judge",
           "format_text"]

VERDICTS = ("agrees", "disagrees", "unverifiable")
_LEVEL_WORDS = {"heads": "heads of state or government", "foreign_minister": "foreign ministers",
                "unknown": "delegations of unrecorded level", "other": "other delegations"}
_TYPE_PLURAL = {"visit": "visits", "meeting": "meetings", "call": "telephone conversations",
                "consultation": "rounds of consultations", "commission":
                "joint commission sessions", "agreement": "agreements signed",
                "mission": "new missions", "resolution": "resolutions",
                "multilateral": "multilateral events", "aid": "deliveries of assistance",
                "events": "events"}


@dataclass
class Finding:
    """One claim (or flag) and its verdict; ``to_dict`` is the JSON of ``check --format json``."""

    kind: str                       # claim | list | date
    claim: str
    start: int
    end: int
    claimed: int | None
    qualifier: str | None
    counts: str
    registry: int | None
    verdict: str
    reason: str
    records: list[int | str] = field(default_factory=list)
    phrase: str = ""
    registry_list: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "claim": self.claim, "start": self.start, "end": self.end,
                "phrase": self.phrase, "claimed": self.claimed, "qualifier": self.qualifier,
                "counts": self.counts, "registry": self.registry, "verdict": self.verdict,
                "reason": self.reason, "records": self.records,
                "registry_list": self.registry_list, "notes": self.notes}


def satisfies(qualifier: str, claimed: float, value: float) -> bool:
    """Does the registry's ``value`` bear out "``qualifier`` ``claimed``"?"""
    if qualifier == "more_than":
        return value > claimed
    if qualifier == "at_least":
        return value >= claimed
    if qualifier == "less_than":
        return value < claimed
    if qualifier == "about":
        return abs(value - claimed) <= max(1, round(0.1 * claimed))
    return value == claimed


def judge(qualifier: str, claimed: float, lo: int, hi: int) -> str:
    """The verdict for a registry count known to lie in [lo, hi]."""
    ok = [satisfies(qualifier, claimed, v) for v in (lo, hi)]
    if lo == hi:
        return "agrees" if ok[0] else "disagrees"
    every = all(satisfies(qualifier, claimed, v) for v in range(lo, hi + 1)) \
        if hi - lo <= 10000 else all(ok)
    if every:
        return "agrees"
    if not any(satisfies(qualifier, claimed, v) for v in range(lo, hi + 1)):
        return "disagrees"
    return "unverifiable"


# ---------------------------------------------------------------- counting a measure


@dataclass
class _Count:
    value: int                   # the count known for sure
    extra: int = 0               # more that might count (level not recorded)
    tally: Tally | None = None
    countries: list[str] = field(default_factory=list)
    unknown: list[Item] = field(default_factory=list)


def _filter(items: list[Item], measure: Measure, issuer: str) -> list[Item]:
    out = items
    if measure.partner:
        out = [i for i in out if measure.partner in counting.partners(i.record, issuer)]
    if measure.region:
        out = [i for i in out if any(counting._region(c) == measure.region
                                     for c in counting.partners(i.record, issuer))]
    return out


def _count(items: list[Item], m: Measure, issuer: str) -> _Count:
    items = _filter(items, m, issuer)
    if m.what == "countries":
        kind = m.type
        if kind == "visit" and m.direction:
            if m.level in ("heads", "foreign_minister", "unknown"):
                sure = counting.visit_countries(items, issuer, m.direction, level=m.level)
                unknown = [] if m.level == "unknown" else counting.visit_countries(
                    items, issuer, m.direction, level="unknown")
                codes = [t.key for t in sure]
                maybe = [t for t in unknown if t.key not in codes]
                return _Count(len(sure), len(maybe), _merge(sure), codes,
                              [i for t in maybe for i in t.items])
            tallies = counting.visit_countries(items, issuer, m.direction)
            return _Count(len(tallies), 0, _merge(tallies), [t.key for t in tallies])
        tallies = counting.by_country(items, issuer, types=[kind] if kind else ())
        if m.region:
            tallies = [t for t in tallies if counting._region(t.key) == m.region]
        return _Count(len(tallies), 0, _merge(tallies), [t.key for t in tallies])
    if m.what == "orgs":
        tallies = counting.by_org(items)
        return _Count(len(tallies), 0, _merge(tallies), [t.label for t in tallies])
    if m.what == "events":
        t = counting.count(items)
        return _Count(t.value, 0, t)
    if m.what == "agreement":
        t = counting.agreements(items, issuer)
        return _Count(t.value, 0, t)
    if m.what == "visit":
        if m.direction:
            if m.level in ("heads", "foreign_minister"):
                sure_t = counting.visits(items, issuer, m.direction, level=m.level)
                unk = counting.visits(items, issuer, m.direction, level="unknown")
                return _Count(sure_t.value, unk.value, sure_t, unknown=unk.items)
            t = counting.visits(items, issuer, m.direction)
            return _Count(t.value, 0, t)
        t = counting.count(items, "visit")
        return _Count(t.value, 0, t)
    t = counting.count(items, m.what)
    return _Count(t.value, 0, t)


def _merge(tallies: Sequence[Tally]) -> Tally:
    out = Tally("merged", "merged")
    for t in tallies:
        for i in t.items:
            if i not in out.items:
                out.items.append(i)
    out.value = len(out.items)
    return out


def _describe(m: Measure, issuer: str, year: int) -> str:
    where = []
    if m.partner:
        where.append(f"with {m.partner}")
    if m.region:
        where.append(f"in {m.region}")
    scope = f" of {issuer} in {year}" + (f" ({', '.join(where)})" if where else "")
    level = f" at the level of {_LEVEL_WORDS[m.level]}" if m.level else ""
    if m.what == "countries":
        if m.type == "visit" and m.direction == "received":
            return f"countries whose delegations visited {issuer} in {year}{level}"
        if m.type == "visit" and m.direction == "paid":
            return f"countries that delegations of {issuer} visited in {year}{level}"
        kind = _TYPE_PLURAL.get(m.type or "", "events")
        return f"partner countries in {kind}{scope}{level}"
    if m.what == "orgs":
        return f"international organisations involved in events{scope}"
    if m.what == "visit" and m.direction:
        return f"visits {m.direction} by {issuer} in {year}{level}" + (
            f" ({', '.join(where)})" if where else "")
    return f"{_TYPE_PLURAL.get(m.what, m.what)}{scope}{level}"


# ---------------------------------------------------------------- judging


def _names(codes: Sequence[str]) -> list[str]:
    from ..reference import countries

    data = countries()
    return [data[c].name if c in data else c for c in codes]


def _judge_claim(c: Claim, items: list[Item], issuer: str, year: int,
                 memo: dict[Any, _Count] | None = None) -> Finding:
    m = c.measure
    base: dict[str, Any] = {"kind": "claim", "claim": c.sentence.strip(), "start": c.start,
                            "end": c.end, "claimed": c.value, "qualifier": c.qualifier,
                            "phrase": c.phrase}
    if m.why_not:
        notes = _stated_figure(c, items)
        return Finding(counts=c.noun.lower(), registry=None, verdict="unverifiable",
                       reason=m.why_not, notes=notes, **base)
    counts = _describe(m, issuer, year)
    if not [i for i in items if i.record.type != "figure"]:
        return Finding(counts=counts, registry=None, verdict="unverifiable",
                       reason=f"the registry holds no counted records of {issuer} for {year}",
                       **base)
    kind = m.type if m.what == "countries" else m.what
    if kind in counting.COUNTED_TYPES and not any(i.record.type == kind for i in items):
        return Finding(counts=counts, registry=None, verdict="unverifiable",
                       reason=f"the registry holds no {kind} records of {issuer} for {year}",
                       **base)
    key = (m.what, m.type, m.direction, m.level, m.partner, m.region)
    if memo is not None and key in memo:
        n = memo[key]
    else:
        n = _count(items, m, issuer)
        if memo is not None:
            memo[key] = n
    assert c.value is not None
    verdict = judge(c.qualifier, c.value, n.value, n.value + n.extra)
    refs = n.tally.refs if n.tally else []
    if n.extra and verdict == "unverifiable":
        reason = (f"the registry records {n.value} at that level and {n.extra} more whose "
                  f"level is not recorded; the claim depends on those")
        refs = list(dict.fromkeys([*refs, *(i.ref for i in n.unknown)]))
    elif verdict == "agrees":
        reason = f"the registry counts {n.value}" + (
            f" (up to {n.value + n.extra} with visits of unrecorded level)" if n.extra else "")
    else:
        reason = f"the registry counts {n.value}" + (
            f" (at most {n.value + n.extra} with visits of unrecorded level)" if n.extra else "")
    return Finding(counts=counts, registry=n.value, verdict=verdict, reason=reason,
                   records=refs, registry_list=_names(n.countries) if n.countries and
                   m.what == "countries" else list(n.countries), **base)


def _stated_figure(c: Claim, items: list[Item]) -> list[str]:
    """A figure record stating the same number (the registry quotes it, never counts it)."""
    out = []
    for i in counting.stated_figures(items):
        q = i.record.quantity
        if q is not None and c.value is not None and float(q.value) == float(c.value) and \
                (q.unit is None or q.unit.lower() == c.noun.lower()):
            out.append(f"a source states the same figure ({q.value} {q.unit or ''}, "
                       f"record {i.key}); figures are quoted, not counted (counting rule 8)")
    return out


def _list_findings(text: str, claims: list[Claim], issuer: str) -> list[Finding]:
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
    from ..extract._dates import find_dates

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


def check_text(text: str, events: Sequence[Any], *, issuer: str, year: int,
               include_candidates: bool = False) -> list[Finding]:
    """Judge every claim of ``text`` against ``events`` (the issuer-year scope is taken
    from them with counting rules 1 and 2)."""
    from ..reference import countries

    code = counting.check_issuer(issuer)
    items = counting.scope(events, code, year, include_candidates=include_candidates)
    c = countries().get(code)
    names = [c.name, *c.aliases] if c else []
    claims = find_claims(text, code, issuer_names=names)
    memo: dict[Any, _Count] = {}  # one count per distinct measure
    findings = [_judge_claim(cl, items, code, year, memo) for cl in claims]
    lists = _list_findings(text, claims, code)
    for f, cl in zip(findings, claims, strict=True):
        f.notes.extend(n for n in cl.notes if n not in f.notes)
    findings += lists + _date_findings(text, year)
    findings.sort(key=lambda f: (f.start, f.kind != "claim"))
    return findings


def check_draft(path: str | os.PathLike[str], *, registry: Registry, issuer: str, year: int,
                include_candidates: bool = False) -> list[Finding]:
    """Read a draft (txt, md, html, docx, pdf) and check it against the registry."""
    from ..documents import read_document

    code = counting.check_issuer(issuer)
    doc = read_document(path)
    items = counting.load_scope(registry, code, year, include_candidates=include_candidates)
    return check_text(doc.text, items, issuer=code, year=year,
                      include_candidates=include_candidates)


def format_text(findings: Sequence[Finding], *, issuer: str, year: int) -> str:
    """A plain-text report of the findings, one block per claim or flag."""
    if not findings:
        return f"No numeric claims, lists or dates to check against {issuer} {year}.\n"
    lines = []
    tally = {v: sum(1 for f in findings if f.kind == "claim" and f.verdict == v)
             for v in VERDICTS}
    flags = sum(1 for f in findings if f.kind != "claim")
    for n, f in enumerate(findings, 1):
        head = f.verdict.upper() if f.kind == "claim" else f"FLAG ({f.kind})"
        lines.append(f"{n}. {head}: \"{f.phrase or f.claim}\" (characters {f.start}-{f.end})")
        if f.kind == "claim":
            q = (f.qualifier or "exactly").replace("_", " ")
            lines.append(f"   counts: {f.counts}")
            lines.append(f"   claimed: {f.claimed if f.claimed is not None else '?'} ({q}); "
                         f"registry: {f.registry if f.registry is not None else '-'}")
        lines.append(f"   {f.reason}")
        if f.registry_list:
            lines.append(f"   registry list: {', '.join(f.registry_list)}")
        if f.records:
            shown = ", ".join(str(r) for r in f.records[:40])
            more = f" and {len(f.records) - 40} more" if len(f.records) > 40 else ""
            lines.append(f"   records: {shown}{more}")
        for note in f.notes:
            lines.append(f"   note: {note}")
        lines.append(f"   in: {_short(f.claim)}")
    lines.append("")
    lines.append(f"{len(findings) - flags} claim(s): {tally['agrees']} agree, "
                 f"{tally['disagrees']} disagree, {tally['unverifiable']} cannot be checked; "
                 f"{flags} flag(s). Counting rules version {counting.COUNTING_RULES_VERSION}.")
    return "\n".join(lines) + "\n"


def _short(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
