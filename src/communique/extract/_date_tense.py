"""Which way a date without a year or a day points: a bare weekday in a clause that
looks ahead is the coming one ("On Friday he will be in Bucharest"), a bare month later
than the document's day is last year's ("went to Damascus in December", written in
February). Used by :mod:`._frame_parts`."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from ._dates import _WEEKDAYS, DateMention

__all__ = ["months_before", "months_before_told", "told_in_full", "weekdays_ahead"]


#: a weekend told without a date ("over the weekend"): in a clause that looks ahead,
#: the coming one
_WEEKEND = frozenset({"over the weekend", "during the weekend"})

#: a clause that tells what is to come: its bare weekday is the next one
_AHEAD = re.compile(r"\b(?:will|shall|(?:is|are) (?:due |scheduled |expected |set )?to)\b", re.I)


def weekdays_ahead(text: str, start: int, end: int, dms: list[DateMention],
                   dateline: _dt.date | None) -> list[DateMention]:
    """``dms`` with a bare weekday ("On Friday ... will be in Bucharest") resolved
    forward from ``dateline`` when ``text[start:end]`` looks ahead; unchanged
    otherwise. ("last Friday" stays behind.)"""
    if dateline is None or not any(d.relative in _WEEKDAYS or (d.relative or "")[3:] in _WEEKDAYS
                                   or d.relative in _WEEKEND for d in dms) \
            or not _AHEAD.search(text, start, end):
        return dms
    out = []
    for d in dms:
        rel = (d.relative or "").removeprefix("on ")
        if (rel in _WEEKDAYS or rel in _WEEKEND) \
                and _ahead_near(text, max(start, d.start - 120), min(end, d.end + 60), d):
            wd = _WEEKDAYS.get(rel, 5)  # a weekend: the coming Saturday and Sunday
            day = dateline + _dt.timedelta(days=(wd - dateline.weekday()) % 7)
            d = replace(d, y1=day.year, m1=day.month, d1=day.day, relative=None)
            if rel in _WEEKEND:
                sun = day + _dt.timedelta(days=1)
                d = replace(d, y2=sun.year, m2=sun.month, d2=sun.day)
        out.append(d)
    return out


#: a sentence that looks ahead: a later month in it is a coming one
_LOOKS_AHEAD = re.compile(r"\b(?:will|shall|would|agreed to|to be|(?:is|are) to|plan(?:s|ned)?|"
                          r"scheduled|upcoming|forthcoming|next|due|expected|invit\w+)\b", re.I)


def months_before(text: str, start: int, end: int, dms: list[DateMention],
                  latest: tuple[int, int, int]) -> list[DateMention]:
    """Dates without a year that would fall after the document's day, in the year
    before ("went to Damascus in December", written in February): a month named
    bare is the last one of that name; none when ``text[start:end]`` looks ahead."""
    later = [d for d in dms if d.y1 is None and d.m1 is not None and not d.relative
             and (latest[0], d.m1, d.d1 or 1) > latest]
    if not later or _LOOKS_AHEAD.search(text, start, end):
        return []
    return [replace(d, y1=latest[0] - 1,
                    y2=(latest[0] - 1 if d.m2 is None or d.m2 >= (d.m1 or 1) else latest[0])
                    if d.has_end else None) for d in later]


def told_in_full(text: str, day: _dt.date) -> bool:
    """Whether the text writes ``day`` with its year ("14 January 2025", "January 14,
    2025"): a document's own date, not an event's day found without one."""
    month = day.strftime("%B")
    return re.search(rf"\b(?:{day.day}(?i:st|nd|rd|th)?\s+{month}|{month}\s+{day.day}"
                     rf"(?i:st|nd|rd|th)?,?)\s+{day.year}\b", text[:3000]) is not None


def months_before_told(text: str, start: int, end: int, ds: list[DateMention],
                       raw: list[DateMention], told: tuple[int, int, int]) -> list[DateMention]:
    """``ds`` (read with the document's year) with those written without a year that
    fall after ``told``, the day of the text's own dateline when only the year is
    given, moved to the year before, as :func:`months_before` does against the
    document's day ("went to Damascus in December" under "Accra, 14 February")."""
    back = {d.start: d for d in months_before(text, start, end, raw, told)}
    return [back.get(d.start, d) if d.y1 == told[0] else d for d in ds]


#: what opens another clause between a weekday and a later word that looks ahead:
#: "on Thursday signed an agreement that officials say will ...", "met on Thursday,
#: and the two agreed that ...", "received the Ambassador, who will leave ..."
_OTHER_CLAUSE = re.compile(r"\b(?:that|which|who|whom|whose)\b|,\s+(?:and|but|while|where|"
                           r"when)\b|;", re.I)


def _ahead_near(text: str, a: int, b: int, d: DateMention) -> bool:
    """Whether a word that looks ahead is near ``d`` in its clause (no ";" between,
    and, after the weekday, no other clause opened between them)."""
    return any(";" not in text[min(m.start(), d.start):max(m.end(), d.end)]
               and (not _OTHER_CLAUSE.search(text, d.end, m.start()) if m.start() > d.start
                    else not _in_aside(text, a, m.start(), m.end(), d.start))
               for m in _AHEAD.finditer(text, a, b))


#: a relative clause set off by commas: "The Minister, who will visit Paris next month,"
_ASIDE_OPEN = re.compile(r",\s*(?:who|which|whose)\b[^,;]*$", re.I)


def _in_aside(text: str, a: int, m_start: int, m_end: int, d_start: int) -> bool:
    """Whether the future word at ``m_start`` sits in a relative clause between
    commas that closes before the weekday: "The Minister, who will visit Paris next
    month, spoke ... on Monday" (the Monday is past)."""
    return bool(_ASIDE_OPEN.search(text, a, m_start)) and "," in text[m_end:d_start]
