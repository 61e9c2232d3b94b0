"""Measures in running text, and which record of a sentence keeps each one.

The grammar and the words are data (``data/units.toml``, ``data/patterns.toml``);
this module compiles them once. Used by extraction's ``measures`` step.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..model import Quantity, Record
from ._parse import parse_number
from ._units import canonical_unit, is_currency, vocabulary

__all__ = ["Found", "find_measures", "attach_measures"]


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    quantity: Quantity


@dataclass(frozen=True)
class _Relabel:
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    unit: str
    units: frozenset[str] = frozenset()  # only measures of these units (empty: any)


@dataclass(frozen=True)
class _Grammar:
    start: re.Pattern[str]    # where a number may begin
    core: re.Pattern[str]     # number [multiplier] (currency | [two words] unit), anchored
    before: re.Pattern[str]   # [qualifier] [currency sign or code] right before the number
    relabel: tuple[_Relabel, ...]
    attach: dict[str, tuple[str, ...]]
    stop: re.Pattern[str] | None   # a sentence about a total over time: no carrying


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    v = vocabulary()
    data = tomllib.loads(resources.files("communique.measures").joinpath(
        "data", "patterns.toml").read_text(encoding="utf-8"))
    signs = [w for w in v.currencies if not w.isalpha()]
    cur_words = [w for w in v.currencies if w.isalpha() and len(w) > 1]
    codes = list(v.codes)
    words = r"(?i:" + _alt(v.numbers) + r")"
    # where a number may begin: a digit, or a number word starting a word (the
    # word scan runs only when a number word occurs in the text at all)
    start = re.compile(r"\d|\b" + words + r"\b")
    core = re.compile(
        r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + words + r")"
        r"(?![\w.-]|,\d)"
        r"(?:\s+(?P<mult>(?i:" + _alt(k for k in v.multipliers if len(k) > 1) + r"))\b)?"
        r"(?:\s+(?P<cur>(?i:" + _alt(cur_words + codes) + r"))\b"
        r"|\s+(?:(?:[a-z][\w-]*|[A-Z]{2,4})\s+){0,2}?(?P<unit>(?i:" + _alt(v.units) + r"))\b)?")
    before = re.compile(
        r"(?:(?P<qual>(?i:" + _alt(v.qualifiers) + r"))\s+)?"
        r"(?:(?P<pre>" + _alt(signs) + r")\s?|(?P<code>" + _alt(codes) + r")\s)?$")
    relabel = tuple(_Relabel(re.compile(r["before"]) if r.get("before") else None,
                             re.compile(r["after"]) if r.get("after") else None, r["unit"],
                             frozenset(r.get("units", [])))
                    for r in data.get("relabel", []))
    attach = {k: tuple(t) for k, t in data.get("attach", {}).items()}
    stop = data.get("carry", {}).get("stop")
    return _Grammar(start, core, before, relabel, attach, re.compile(stop) if stop else None)


_DIGIT = re.compile(r"\d")
_ANAPHORIC = re.compile(r"\b(?:the|these|those|both|our|all|its|their)\s+$", re.I)
_LETTERS = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    """Every word of a number word or phrase (``a dozen`` gives ``dozen``)."""
    return frozenset(w for phrase in vocabulary().numbers for w in phrase.split() if w != "a")

#: a currency sign or a code (``USD``) right before a number
_MONEY_BEFORE = re.compile(r"(?:[^\w\s.,;:()'\"-]|\b[A-Z]{3}\s)\s?$")
_GLUED = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.,-")


def find_measures(text: str, start: int = 0, end: int | None = None) -> list[Found]:
    """Every measure with a unit between ``start`` and ``end`` (years, ordinals
    and bare numbers are left out)."""
    g = _grammar()
    end = len(text) if end is None else end
    v = vocabulary()
    out: list[Found] = []
    pos = start
    words = set(_LETTERS.findall(text[start:end].lower()))
    scan = g.start if not words.isdisjoint(_number_words()) else _DIGIT
    while True:
        hit = scan.search(text, pos, end)
        if hit is None:
            return out
        at = hit.start()
        m = g.core.match(text, at, end) if at == start or text[at - 1] not in _GLUED else None
        if m is None:
            pos = hit.end()
            continue
        pos = m.end()
        if not (m.group("unit") or m.group("cur")) and not _MONEY_BEFORE.search(
                text, max(start, at - 5), at):
            continue  # a bare number: a date, a year, a page
        if m.group("num").isalpha() and _ANAPHORIC.search(text, max(start, at - 8), at) \
                and (parse_number(m.group("num")) or 0) <= 5:
            continue  # "the two countries": a reference, not a count
        b = g.before.search(text, max(start, at - 40), at) if at > start else None
        if not (m.group("unit") or m.group("cur") or (b and (b.group("pre") or b.group("code")))):
            continue
        found = _measure(text, m, b, v, g, start, end)
        if found is not None:
            out.append(found)


def _measure(text: str, m: re.Match[str], b: re.Match[str] | None, v: Any, g: _Grammar,
             start: int, end: int) -> Found | None:
    number = parse_number(m.group("num"))
    if number is None:
        return None
    value: int | float = number
    if m.group("mult"):
        value = value * v.multipliers[m.group("mult").lower()]
        value = int(value) if float(value).is_integer() else value
    sign = b.group("pre") if b else None
    code = b.group("code") if b else None
    currency = (v.currencies.get((sign or "").lower()) or code
                or v.currencies.get((m.group("cur") or "").lower()))
    unit = currency or canonical_unit(m.group("unit"))
    if unit is None:
        return None
    if not currency and isinstance(value, int) and 1900 <= value <= 2100 \
            and "," not in m.group("num"):
        return None  # a year, not a count
    if not currency:
        for r in g.relabel:
            ok_before = r.before is None or r.before.search(text, max(start, m.start() - 60),
                                                            m.start())
            ok_after = r.after is None or r.after.match(text, m.end(), min(end, m.end() + 60))
            if (r.before or r.after) and ok_before and ok_after and (
                    not r.units or unit in r.units):
                unit = r.unit
                break
    qual = v.qualifiers.get(((b.group("qual") if b else None) or "").lower(), "exactly")
    first = b.start() if b and (b.group("qual") or sign or code) else m.start()
    return Found(first, m.end(), Quantity(value, qual, unit))


def attach_measures(records: list[Record], found: Iterable[Found],
                    earlier: Sequence[Record] = (), sentence: str = "") -> None:
    """Give each measure to the first record of the sentence whose type may keep
    it (see ``[attach]`` in ``data/patterns.toml``); when none may, to the latest
    of ``earlier`` (the records of the sentences just before: "Eight trucks
    carried 96 tonnes" after "Georgia sent aid to Ukraine") that may. Figures
    keep only their quantity. A ``sentence`` about a total over time ("so far",
    "since 2020", "in total") gives its measures to no record: they count no
    one event (the claim check reads such totals against the registry)."""
    g = _grammar()
    found = list(found)
    # nothing to give: the sentence need not be read for a total over time
    if not found or (g.stop is not None and g.stop.search(sentence)):
        return
    for f in found:
        unit = f.quantity.unit or ""
        kinds = g.attach.get("amount" if is_currency(unit) else unit, ())
        rec = next((r for kind in kinds for r in records if r.type == kind), None)
        if rec is None:
            rec = next((r for r in reversed(earlier) if r.type in kinds), None)
        if rec is not None and f.quantity not in rec.measures:
            rec.measures.append(f.quantity)
