"""The period and occasion a claim's sentence names.

"so far", "to date", "since 2020", "over the past five years" widen a claim
beyond the draft's year (:class:`Period`); "in the first half of the year",
"in April", "during the high-level week", "at the Vilnius Summit" narrow it
(:class:`Window`). :func:`read_scope` reads both from the clause around a
number; when a clause names an occasion the registry cannot tie events to
("at the summit", with no name), the window says why instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Period", "Window", "read_scope", "MONTHS"]

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTH = r"(?P<{n}>" + "|".join(m.capitalize() for m in MONTHS) + r")"
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "twenty": 20}


@dataclass(frozen=True)
class Period:
    """Years a claim counts over: ``first`` (None: from the start of the record) to the
    draft's year; ``phrase`` is the words that name it."""

    phrase: str
    first: int | None = None
    past: int | None = None      # "over the past five years": the draft's year and 4 before

    def years(self, year: int, held: list[int]) -> tuple[list[int], bool]:
        """The years to count (those the registry holds within the period) and whether
        the period reaches before the first year it holds (so the count is a floor)."""
        first = year - self.past + 1 if self.past else self.first
        if first is None:
            return [y for y in held if y <= year] or [year], True
        years = [y for y in held if first <= y <= year]
        return years or [year], not held or first < min(held)


@dataclass(frozen=True)
class Window:
    """Part of the year (months) and the occasion a claim is scoped to."""

    phrase: str
    months: tuple[int, int] | None = None   # first and last month, inclusive
    orgs: tuple[str, ...] = ()              # the occasion's organisations (any matches)
    city: str | None = None
    why_not: str | None = None              # an occasion the registry cannot scope to
    words: tuple[str, ...] = field(default=())  # a named occasion's own words ("Vilnius")


_SINCE = re.compile(r"\bsince\s+(?:(?:the\s+)?(?:beginning|start)\s+of\s+)?(?:"
                    + _MONTH.format(n="m") + r"\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)
_PAST = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?P<n>\d+|"
                   + "|".join(_NUMBER_WORDS) + r")\s+years\b", re.I)
_EVER = re.compile(r"\bso far\b|\bto date\b|\bsince independence\b|\bever\b|\bover the years\b|"
                   r"\bin (?:its|our) history\b|\bsince (?:its|the) (?:establishment|"
                   r"foundation|creation)\b", re.I)
_HALF = re.compile(r"\b(?:in|during)\s+the\s+(?P<which>first|second)\s+half\s+of\s+(?:the\s+)?"
                   r"(?:year|\d{4})\b", re.I)
_QUARTER = re.compile(r"\b(?:in|during)\s+the\s+(?P<which>first|second|third|fourth|last)\s+"
                      r"quarter\s+of\s+(?:the\s+)?(?:year|\d{4})\b", re.I)
_MONTHS_RANGE = re.compile(r"\b(?i:from|between)\s+" + _MONTH.format(n="a") + r"\s+(?i:to|and|"
                           r"until|till)\s+" + _MONTH.format(n="b") + r"\b")
_IN_MONTH = re.compile(r"(?:^|\b(?i:in|during|throughout)\s+)" + _MONTH.format(n="m")
                       + r"(?!\s+\d)\b")
#: occasions known by name: phrase -> (months, organisations, city)
#: words of an occasion's name that do not tell it apart
_GENERIC = frozenset({"the", "of", "summit", "conference", "forum", "session", "week", "meeting",
                      "ministerial", "council", "assembly", "congress", "high-level", "annual",
                      "general", "international", "games", "expo", "meetings", "sessions"})
_TOTAL = re.compile(r"\bin total\b|\baltogether\b|\boverall\b|\bin all\b", re.I)
_NAMED: list[tuple[str, tuple[int, int], tuple[str, ...], str | None]] = [
    (r"high[- ]level week", (9, 9), ("UNGA", "UN"), "New York"),
    (r"general debate", (9, 9), ("UNGA", "UN"), "New York"),
]
_OCCASION = re.compile(r"\b(?i:during|at|on the (?:margins|sidelines) of|in the framework of|"
                       r"within the framework of)\s+(?P<occ>(?i:the)\s+(?:[A-Z0-9][\w'-]*\s+|"
                       r"of\s+|the\s+)*(?i:summit|conference|forum|session|week|meeting|"
                       r"ministerial|assembly|congress|games|expo)s?)\b")


def read_period(clause: str) -> Period | None:
    m = _PAST.search(clause)
    if m:
        n = m.group("n").lower()
        return Period(m.group(0), past=int(n) if n.isdigit() else _NUMBER_WORDS[n])
    m = _SINCE.search(clause)
    if m:
        return Period(m.group(0), first=int(m.group("y")))
    m = _EVER.search(clause)
    if m:
        return Period(m.group(0))
    return None


def _month(name: str) -> int:
    return MONTHS.index(name.lower()) + 1


def read_window(clause: str, orgs: list[str]) -> Window | None:
    """The part of the year and the occasion ``clause`` names (``orgs``: the organisations
    the clause names, from the gazetteer)."""
    for rx, months, occ_orgs, city in _NAMED:
        m = re.search(rx, clause, re.I)
        if m:
            return Window(m.group(0), months, occ_orgs, city)
    m = _HALF.search(clause)
    if m:
        return Window(m.group(0), (1, 6) if m.group("which").lower() == "first" else (7, 12))
    m = _QUARTER.search(clause)
    if m:
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}[m.group("which").lower()]
        return Window(m.group(0), (3 * q - 2, 3 * q))
    m = _MONTHS_RANGE.search(clause)
    if m:
        return Window(m.group(0), (_month(m.group("a")), _month(m.group("b"))))
    occ = _OCCASION.search(clause)
    month = _IN_MONTH.search(clause)
    if occ:
        phrase = occ.group("occ")
        words = tuple(w for w in re.findall(r"\b[A-Z][\w'-]+", phrase) if w.lower() not in
                      _GENERIC and w not in orgs)
        if orgs or words:  # an organisation names it; failing that, its own words
            return Window(occ.group(0), (_month(month.group("m")),) * 2 if month else None,
                          tuple(orgs), words=() if orgs else words)
        return Window(occ.group(0), why_not=f"the sentence scopes the number to "
                      f"\"{phrase}\" without naming it, so the registry cannot tell which "
                      f"events belong to it")
    if month:
        return Window(month.group(0).strip(), (_month(month.group("m")),) * 2)
    return None


def read_scope(clause: str, orgs: list[str]) -> tuple[Period | None, Window | None]:
    """The period and the window ``clause`` names (either may be None); "in total",
    "altogether" and "overall" count the whole period, whatever month the clause names."""
    window = None if _TOTAL.search(clause) else read_window(clause, orgs)
    return read_period(clause), window
