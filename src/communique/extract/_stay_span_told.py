"""A visit told first with no days of its own, its days told in a sentence of their
own later: "A delegation of the AU Commission has paid a working visit to Kenya. ...
The three-day visit was from 12 to 14 June 2023", "The visit took place from 2 to 4
May", "The stay lasted from 3 to 5 March". The visit takes the days told (the lead
had taken the page's day, or none); a sentence that tells another event with them is
that event's, not this."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import DateSpan, Record
from ._dated_later import iso_day
from ._dates import DateMention, find_dates, resolve

__all__ = ["session_day_told", "stay_span_told"]

#: how a stay's days are told: "was (held) / took place / lasted / ran", in the present
#: or the future too ("runs", "lasts", "is", "will take place")
_SPAN_VERB = (r"(?:(?:was|were|is|are|will\s+be|had\s+been|has\s+been)\s+"
              r"(?:(?:held|undertaken|scheduled|planned|taking\s+place)\s+)?|"
              r"(?:took|takes|will\s+take)\s+place\s+|(?:lasted|lasts|will\s+last|ran|runs|"
              r"will\s+run|spanned|spans|extends|extended|will\s+extend)\s+)")
_SPAN_NOUN = r"(?:visit|trip|stay|mission|tour|journey)"
_SPAN_OWNER = r"(?:The|This|That|His|Her|Their|Its)\s+(?:[\w-]+\s+){0,3}?"
#: "The (two-day) (working) visit was / took place / lasted / runs from|between|on": the
#: visit named again as the subject of its days; or the visitor's presence told with
#: them ("He will be in the country from 12 to 14 June", "The delegation stays there
#: from ...")
_SPAN_TOLD = re.compile(
    # (every opening word starts with one of these capitals: a one-character test first)
    r"(?=[THIS])(?:^|(?<=[.!?]\s)|(?<=\n))(?:" + _SPAN_OWNER + _SPAN_NOUN + r"\s+"
    + _SPAN_VERB + r"|"
    r"(?:He|She|They|The\s+(?:[\w-]+\s+){0,2}?(?:delegation|minister|president|guest|"
    r"visitor|team|mission|envoy))\s+(?:will\s+be|is|are|was|were|stays|stayed|will\s+stay|"
    r"remains|remained|will\s+remain)\s+(?:in\s+the\s+country|there|here)\s+)"
    r"(?:from\s+|between\s+|on\s+)")
#: the visit named in a relative clause with its days, wherever in the sentence ("During
#: the visit, which lasts from 13 to 15 June, he will meet ..."): the days are the
#: visit's even where the sentence tells another event
_SPAN_WHICH = re.compile(r"(?=[TtHhIi])\b(?i:" + _SPAN_OWNER + r")" + _SPAN_NOUN + r",?\s+which\s+"
                         + _SPAN_VERB + r"(?:from\s+|between\s+)")
#: the end of that sentence
_STOP = re.compile(r"[.!?](?=\s|$)|\n")
#: how far after the visit's sentence its days may be told (characters)
_REACH = 1500


def _iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def _span(d: DateMention, year: int | None) -> DateSpan | None:
    y1 = d.y1 or d.y2 or year
    if y1 is None or d.m1 is None or d.d1 is None or d.d2 is None:
        return None
    m2 = d.m2 or d.m1
    y2 = d.y2 or y1
    return DateSpan(_iso(y1, d.m1, d.d1), _iso(y2, m2, d.d2))


def stay_span_told(records: Iterable[Record], text: str) -> Iterator[Record]:
    """``records``, a visit with no days of its own dated by its days told later (see
    the module's docstring)."""
    recs = list(records)
    visits = [r for r in recs if r.type == "visit" and r.source is not None]
    told = [(m, False) for m in _SPAN_TOLD.finditer(text)]
    told += [(m, True) for m in _SPAN_WHICH.finditer(text)]
    for m, which in sorted(told, key=lambda x: x[0].start()):
        stop = _STOP.search(text, m.end())
        end = stop.start() if stop else len(text)
        found = [d for d in find_dates(text, m.end(), end) if d.start == m.end()
                 or d.start - m.end() <= 2]
        before = [r for r in visits if r.source is not None and r.source.end <= m.start()
                  and m.start() - r.source.end <= _REACH]
        if len(found) != 1 or not found[0].has_end or not before \
                or (not which and any(r.source is not None and m.start() <= r.source.start < end
                                      for r in recs)):
            continue
        lead = before[-1]
        if lead.date.end or (lead.date.start and len(lead.date.start) == 10
                             and lead.source is not None
                             and find_dates(lead.source.text)
                             and not _dateline_only(lead, text)):
            continue
        year = int(lead.date.start[:4]) if lead.date.start else None
        span = _span(found[0], year)
        if span is not None:
            for r in visits:  # (the same visit told twice in the lead)
                if r.source is not None and lead.source is not None \
                        and r.source.start == lead.source.start \
                        and (r.to, r.from_) == (lead.to, lead.from_):
                    r.date = span
    yield from recs


def _dateline_only(r: Record, text: str) -> bool:
    """Whether the only date of the visit's sentence opens it (a dateline: "Accra, May
    18, GNA –"), the day the story was written, not the visit's."""
    assert r.source is not None
    dates = find_dates(r.source.text)
    return len(dates) == 1 and dates[0].start <= 20


#: a sitting named again with its day: "(ahead of) the session, which took place on
#: Thursday", "The session was held on 24 July", "the meeting, held on Monday,"
_DAY_TOLD = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:session|sitting)\s*(?:,\s*(?:which\s+)?)?"
    r"(?:took\s+place|was\s+held|held|convened|met)\s+(?:on|in)\s+|"
    # ("It was held on Tuesday 9 May": the session the sentence before told, as its subject)
    r"(?:^|(?<=[.!?]\s))(?-i:It)\s+(?:took\s+place|was\s+held|was\s+convened)\s+(?:on|in)\s+",
    re.I)
#: a sentence that dates itself by the sitting ("On the margins of the session", "at the
#: session", "during the session")
_BY_SESSION = re.compile(r"\b(?:margins?|sidelines?|during|at|after)\s+(?:of\s+)?the\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:session|sitting)\b", re.I)
_SITTINGS = ("commission", "consultation")
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?")


def session_day_told(records: Iterable[Record], text: str) -> Iterator[Record]:
    """``records``, a session told first on the page's day with none of its own ("A and B
    met for the session of their Commission in Luanda") dated by a later sentence that
    names the session again with its day ("... the session, which took place on
    Thursday"); records dated by the session ("On the margins of the session ...")
    follow it."""
    recs = list(records)
    for lead in recs:
        if lead.type not in _SITTINGS or lead.source is None or lead.date.end \
                or not lead.date.start or len(lead.date.start) != 10 \
                or (find_dates(lead.source.text) and not _dateline_only(lead, text)):
            continue
        m = _DAY_TOLD.search(text, lead.source.end, lead.source.end + _REACH)
        if m is None:
            continue
        # (from "on": "on Thursday" is a weekday the page's day resolves)
        # (a weekday before the day: "was held on Tuesday 9 May")
        found = [d for d in find_dates(text, m.end() - 3, m.end() + 40)
                 if d.start - m.end() <= 1 or _WEEKDAY.fullmatch(text, m.end(), d.start)]
        if len(found) != 1 or (found[0].d1 is None and not found[0].relative) \
                or found[0].has_end:
            continue
        day = _day(found[0], lead.date.start)
        if day is None or day == lead.date.start:
            continue
        old = lead.date.start
        lead.date = DateSpan(day, None)
        for r in recs:
            if r is not lead and r.source is not None and r.source.start > lead.source.end \
                    and r.date.start == old and not r.date.end \
                    and _BY_SESSION.search(r.source.text) and not find_dates(r.source.text):
                r.date = DateSpan(day, None)
        break
    yield from recs


def _day(d: DateMention, page: str) -> str | None:
    """The ISO day of a mention, its year (and a weekday's week) from the page's day."""
    ref = iso_day(page)
    if ref is None:
        return None
    start = resolve(d, ref.year, ref).iso()[0]
    return start if start and len(start) == 10 else None
