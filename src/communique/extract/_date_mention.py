"""A date as found in the text, and how one match of a date pattern becomes one.

:class:`DateMention` holds the parts a sentence gives ("15-16 June": no year
until resolved); :func:`build` checks a match of one kind of pattern of
:mod:`communique.extract._dates` ("31 February" is no date; "3 and 5 May" is
two) and turns it into a mention.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from ._day_of_month import RELATIVE

__all__ = ["MONTHS", "DateMention", "build"]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}

#: a verb of saying right before a weekday: the day of the report
_REPORTED = re.compile(r"\b(?:said|says|told(?: \w+)?|released|announced|reported|stated|added|"
                       r"noted|wrote|published|issued|quoted|confirmed|tweeted|posted)"
                       # "the ministry said in a statement on Friday": the day of the
                       # statement too
                       r"(?: (?:in|via|through) (?:a|an|its|their|his|her) (?:[\w-]+ )?"
                       r"(?:statement|press release|release|communiqu[eé]|readout|post|"
                       r"note|message|briefing)(?: issued)?)?"
                       r"(?: on)? $", re.I)

#: what was said was said at an event told right after the day: "stated on Tuesday
#: during a meeting with", "said Monday at talks with", "said on Friday after meeting"
_AT_EVENT = re.compile(r",?\s+(?:during|at|in the course of|on the (?:sidelines|margins) of|"
                       r"after|following)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
                       r"(?:[\w-]+\s+){0,3}?(?:meetings?|talks|conversation|"
                       r"(?:tele)?phone call|audience|discussions?)\b", re.I)


@dataclass(frozen=True)
class DateMention:
    """A date in the text; fields may be ``None`` until resolved."""

    start: int
    end: int
    y1: int | None
    m1: int | None
    d1: int | None
    y2: int | None = None
    m2: int | None = None
    d2: int | None = None
    relative: str | None = None

    @property
    def has_end(self) -> bool:
        return self.m2 is not None or self.d2 is not None or self.y2 is not None

    def iso(self) -> tuple[str | None, str | None]:
        """(start, end) ISO strings at the precision given, or (None, None)."""
        if self.y1 is None:
            return None, None
        s = _fmt(self.y1, self.m1, self.d1)
        e = _fmt(self.y2 if self.y2 is not None else self.y1, self.m2, self.d2) \
            if self.has_end else None
        return s, e


def _fmt(y: int, m: int | None, d: int | None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if m is None or d is None:
        return True
    try:
        _dt.date(y or 2000, m, d)
    except ValueError:
        return False
    return True


def _group(m: re.Match[str], name: str) -> str | None:
    """``m.groupdict().get(name)`` without building the dict of every group."""
    return m.group(name) if name in m.re.groupindex else None


def _num(m: re.Match[str], name: str) -> int | None:
    v = _group(m, name)
    return int(v) if v else None


def _mon(m: re.Match[str], name: str) -> int | None:
    v = _group(m, name)
    return MONTHS[v.lower().rstrip(".")] if v else None


def build(kind: str, m: re.Match[str], a: int, b: int) -> DateMention | None:
    y = _num(m, "y")
    if kind == "Y":
        return DateMention(a, b, y, None, None)
    if kind == "dom":
        return DateMention(a, b, None, None, int(m.group("d1")), relative=RELATIVE)
    if kind == "wdd":  # "on Saturday 23": the weekday, its day kept (see _weekday_day.py)
        d = int(m.group("d1"))
        wd = " ".join(m.group("rel").lower().split())
        return DateMention(a, b, None, None, d, relative=wd) if 1 <= d <= 31 else None
    if kind == "rel":
        said = " ".join(m.group("rel").lower().split())
        if (said.split()[-1] in _WEEKDAYS or said.endswith("weekend")) \
                and _REPORTED.search(m.string, max(0, a - 40), a) \
                and not _AT_EVENT.match(m.string, b):
            # "an official said Saturday", "a release issued over the weekend": the
            # day of the report, not the event (but "stated on Tuesday during a
            # meeting with": said at the meeting, that day its day too)
            return None
        return DateMention(a, b, None, None, None, relative=said)
    if kind == "num":
        if a > 0 and m.string[a - 1] in "0123456789./-":
            return None  # part of a longer number or reference
        if m.group("iy"):
            y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        elif m.group("pd"):
            d, mo = int(m.group("pd")), int(m.group("pm"))
            a, b = a + 1, b - 1  # the date inside the brackets
        else:
            d, mo = int(m.group("d1")), int(m.group("m1"))
            if mo > 12 >= d and m.group("sep") == "/":
                d, mo = mo, d  # 06/15/2023: the month first, as the United States write
        if not (1 <= mo <= 12 and 1 <= d <= 31 and _valid(y, mo, d)):
            return None
        return DateMention(a, b, y, mo, d)
    m1, m2 = _mon(m, "m1"), _mon(m, "m2")
    d1, d2 = _num(m, "d1"), _num(m, "d2")
    if kind in ("d-dMY", "Md-dY"):
        if kind == "d-dMY":
            m1, m2 = (m1 or m2), m2
        else:
            m2 = m2 or m1
        if d1 is None or d2 is None or not (1 <= d1 <= 31 and 1 <= d2 <= 31):
            return None
        # each day's own year where the first has one ("28 December 2023 to 2 January
        # 2024"): a stay across the new year, the first day before the last
        first_year = _num(m, "y1")
        y1, y = first_year or y, y or first_year
        if first_year is not None and (y1, m1 or 0, d1) > (y, m2 or 0, d2):
            return None
        if first_year is None and y is not None and m1 and m2 and (m1, d1) > (m2, d2):
            y1 = y - 1  # "28 Dec - 2 Jan 2024": the year told is the last day's

        if m1 == m2 and y1 == y and d2 < d1:
            return None
        if not (_valid(y1, m1, d1) and _valid(y, m2, d2)):
            return None
        return DateMention(a, b, y1, m1, d1, y, m2, d2)
    if kind == "btw":
        if m.group("n1"):
            m1, m2 = _mon(m, "n1"), _mon(m, "n2")
            d1, d2 = _num(m, "e1"), _num(m, "e2")
        m1 = m1 or m2
        m2 = m2 or m1
        if d1 is None or d2 is None or m1 is None or m2 is None \
                or (m1, d1) >= (m2, d2) or not (_valid(y, m1, d1) and _valid(y, m2, d2)):
            return None
        return DateMention(a, b, y, m1, d1, y, m2, d2)
    if kind in ("d+dMY", "Md+dY"):
        if d1 is None or d2 != d1 + 1 or not _valid(y, m1, d2):
            return None  # "3 and 5 May": two days, each its own date
        return DateMention(a, b, y, m1, d1, y, m1, d2)
    if kind == "dWMY":
        if y is None or d1 is None or m1 is None or not 1 <= d1 <= 31 or not _valid(y, m1, d1) \
                or _dt.date(y, m1, d1).weekday() != _WEEKDAYS[m.group("wd").lower()]:
            return None
        return DateMention(a, b, y, m1, d1)
    if kind in ("dMY", "MdY", "dmy"):
        if d1 is None or not 1 <= d1 <= 31 or not _valid(y, m1, d1):
            return None
        return DateMention(a, b, y, m1, d1)
    if kind == "M-MY":
        return DateMention(a, b, y, m1, None, y, m2, None)
    if kind in ("MY", "inM"):
        rel: str | None = None
        if kind == "inM":  # keep only the month words themselves
            mm = re.search(r"[A-Za-z]+\.?$", m.group(0))
            a = b - len(mm.group(0)) if mm else a
            pre = (m.group("pre") or "").lower()
            rel = f"{pre} month" if pre in ("last", "next") else None
        return DateMention(a, b, y, m1, None, relative=rel)
    return None
