"""Measures in running text, and which record of a sentence keeps each one.

The grammar and the words are data (``data/units.toml``, ``data/patterns.toml``);
this module compiles them once. Used by extraction's ``measures`` step.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

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


@dataclass(frozen=True)
class _Grammar:
    rx: re.Pattern[str]
    hint: re.Pattern[str]
    relabel: tuple[_Relabel, ...]
    attach: dict[str, tuple[str, ...]]


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
    number = (r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?i:" + _alt(v.numbers)
              + r"))")
    rx = re.compile(
        r"(?<![\w.,-])(?:(?P<qual>(?i:" + _alt(v.qualifiers) + r"))\s+)?"
        r"(?:(?P<pre>" + _alt(signs) + r")\s?|(?P<code>" + _alt(codes) + r")\s)?"
        + number + r"(?![\w.-]|,\d)"
        r"(?:\s+(?P<mult>(?i:" + _alt(k for k in v.multipliers if len(k) > 1) + r"))\b)?"
        r"(?:\s+(?P<cur>(?i:" + _alt(cur_words + codes) + r"))\b"
        r"|\s+(?:(?:[a-z][\w-]*|[A-Z]{2,4})\s+){0,2}?(?P<unit>(?i:" + _alt(v.units) + r"))\b)?")
    hint = re.compile(r"\d|(?i:\b(?:" + _alt(v.numbers) + r")\b)")
    relabel = tuple(_Relabel(re.compile(r["before"]) if r.get("before") else None,
                             re.compile(r["after"]) if r.get("after") else None, r["unit"])
                    for r in data.get("relabel", []))
    attach = {k: tuple(t) for k, t in data.get("attach", {}).items()}
    return _Grammar(rx, hint, relabel, attach)


def find_measures(text: str, start: int = 0, end: int | None = None) -> list[Found]:
    """Every measure with a unit between ``start`` and ``end`` (years, ordinals
    and bare numbers are left out)."""
    g = _grammar()
    end = len(text) if end is None else end
    if not g.hint.search(text, start, end):
        return []
    v = vocabulary()
    out: list[Found] = []
    for m in g.rx.finditer(text, start, end):
        value = parse_number(m.group("num"))
        if value is None:
            continue
        if m.group("mult"):
            value = value * v.multipliers[m.group("mult").lower()]
            value = int(value) if float(value).is_integer() else value
        currency = (v.currencies.get((m.group("pre") or "").lower())
                    or (m.group("code") or None)
                    or v.currencies.get((m.group("cur") or "").lower()))
        unit = currency or canonical_unit(m.group("unit"))
        if unit is None:
            continue
        if not currency and isinstance(value, int) and 1900 <= value <= 2100 \
                and "," not in m.group("num"):
            continue  # a year, not a count
        if not currency:
            for r in g.relabel:
                ok_before = r.before is None or r.before.search(text, max(start, m.start() - 60),
                                                                m.start())
                ok_after = r.after is None or r.after.match(text, m.end(), min(end, m.end() + 60))
                if (r.before or r.after) and ok_before and ok_after and (
                        r.before is None or r.after is None or unit in ("countries", "votes")):
                    unit = r.unit
                    break
        qual = v.qualifiers.get((m.group("qual") or "").lower(), "exactly")
        out.append(Found(m.start(), m.end(), Quantity(value, qual, unit)))
    return out


def attach_measures(records: list[Record], found: Iterable[Found]) -> None:
    """Give each measure to the first record whose type may keep it (see
    ``[attach]`` in ``data/patterns.toml``); figures keep only their quantity."""
    g = _grammar()
    for f in found:
        unit = f.quantity.unit or ""
        kinds = g.attach.get("amount" if is_currency(unit) else unit, ())
        for kind in kinds:
            rec = next((r for r in records if r.type == kind), None)
            if rec is not None:
                if f.quantity not in rec.measures:
                    rec.measures.append(f.quantity)
                break
