"""The day a readout's sentence opens with when it tells the issuer's official doing
something that is no event ("On 22 September, the Minister delivered a lecture at
Columbia University. He also met the Foreign Minister of Chile."): the day the
next undated events of the readout are told on, as an event's own day would be;
the day of a sentence that tells events in summary, no partner named ("The
Minister met numerous top diplomats on June 19 at the forum", "The Minister
Saturday held meetings with foreign ministers of different countries"); and the
news day of an agency story, named in its lead ("New York, September 21 (MTI) -
The Minister said on Tuesday ...")."""

from __future__ import annotations

import datetime as _dt
import re

from ..model import DateSpan
from ._dates import DateMention, resolve
from ._frame_parts import Context
from ._recognise import Sentence
from ._triggers import load_triggers

__all__ = ["agency_news_day", "opens_with_an_officials_day", "readout_day", "summary_day"]

#: what may stand before the day at the sentence's opening: "On", "Early on",
#: "In the morning of"
_BEFORE = re.compile(r"\s*(?:(?:early|late|later)\s+)?(?:on|in\s+the\s+(?:morning|afternoon|"
                     r"evening)\s+of|on\s+the\s+(?:morning|afternoon|evening)\s+of)\s+$", re.I)
#: the official after the day: "..., the Minister", "Minister A", "Foreign Minister
#: A", "he", "she" (not "the agreement", "Georgia")
_OFFICIAL = re.compile(r",?\s+(?:(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?(?-i:Minister|Secretary|"
                       r"President|Premier|Chancellor|Ambassador|Envoy)\b|(?i:he|she)\b)")


def opens_with_an_officials_day(s: Sentence, explicit: list[DateMention]) -> bool:
    """Whether the sentence opens with its first date and an official right after it
    ("On 22 September, the Minister ...", "On Monday, Foreign Minister A ...") and
    names no event at all (an event left unrecorded keeps its day: "On 2 June the
    Minister held consultations ahead of the Summit" dates no summit)."""
    if not explicit:
        return False
    first = min(explicit, key=lambda d: d.start)
    return bool(_BEFORE.fullmatch(s.text, s.start, first.start)) \
        and _OFFICIAL.match(s.text, first.end, s.end) is not None \
        and not load_triggers().find(s.text, s.start, s.end)


#: how many days before the document's day a summary's day may lie (older: background)
_SUMMARY_LAG = 7


def summary_day(s: Sentence, named: DateSpan, ctx: Context) -> bool:
    """Whether ``named``, the day a sentence names, is the day the readout's next undated
    events are of: the sentence tells events (a trigger phrase) but gave no record,
    no partner being named ("met numerous top diplomats and heads of organisations
    on June 19", "Saturday held meetings with foreign ministers of different
    countries"), and no event was dated before it; a single day, at most a week
    before the document's day."""
    start = named.start or ""
    if not ctx.carry or ctx.day_of or ctx.last_date is not None or named.end \
            or len(start) != 10:
        return False
    if ctx.latest is not None:
        day = _dt.date.fromisoformat(start)
        latest = _dt.date(*ctx.latest)
        if not 0 <= (latest - day).days <= _SUMMARY_LAG:
            return False
    if _AHEAD.search(s.text, s.start, s.end):
        return False  # ("will travel on Monday to Kyiv": no events told, one to come)
    return any(t.type in _SUMMED for t in load_triggers().find(s.text, s.start, s.end))


#: the events a summary sentence tells ("held meetings", "met numerous diplomats")
_SUMMED = frozenset({"meeting", "visit", "call", "consultation"})


#: a clause that looks ahead before the day: "will travel on Thursday", "is to meet"
_AHEAD = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|to\s+be|is\s+due|are\s+due|plans?|"
                    r"scheduled|expected|next|coming)\b", re.I)
#: the day a lead names: a bare weekday ("said on Tuesday", "met Monday") or "yesterday"
_LEAD_DAY = re.compile(r"\b(?:(?-i:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                       r"Sunday))(?![\w'’])|(?P<y>yesterday))", re.I)
_WEEKDAY_NUMBER = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4,
                   "Saturday": 5, "Sunday": 6}
#: how many days before the dateline a story's news day may lie
_NEWS_LAG = 2


def agency_news_day(text: str, start: int, end: int, ctx: Context) -> DateSpan | None:
    """The news day of a news-agency story: its lead sentence, right after the opening
    dateline, names a day one or two days before it as a bare weekday or
    "yesterday" ("New York, September 21 (MTI) - The Minister said on Tuesday that
    ...", a day the date scan leaves out as the day of a report): the story tells
    that day's news, so its next undated events are of that day, not of the
    dateline's (the day the story was filed). None when the sentence is no lead,
    looks ahead, or names no such day."""
    if not ctx.carry or ctx.last_date is not None or ctx.day_of \
            or not isinstance(ctx.dateline, _dt.date) or not ctx.dateline_spans:
        return None
    a, b = ctx.dateline_spans[0]  # (the dateline's date: "New York, [September 21] (MTI)")
    if not text.rfind("\n", 0, a) + 1 <= start <= b + 3 or "\n" in text[b:max(b, start)]:
        # (the sentence opens the dateline's line, or follows its date on that line: a
        # date on a line of its own, "Lima, 12 June 2025", is a page's, not a story's)
        return None
    m = _LEAD_DAY.search(text, max(start, b), end)
    if m is None or _AHEAD.search(text, max(start, b), m.start()):
        return None
    if m.group("y"):
        lag = 1
    else:
        lag = (ctx.dateline.weekday() - _WEEKDAY_NUMBER[m.group("wd")]) % 7
    if not 1 <= lag <= _NEWS_LAG:
        return None
    return DateSpan((ctx.dateline - _dt.timedelta(days=lag)).isoformat())


def readout_day(s: Sentence, explicit: list[DateMention], named: DateSpan,
                ctx: Context) -> DateSpan | None:
    """The day a readout's next undated events are told on, from a sentence that gave no
    record and names ``named`` (its first day that is no background): the day it
    opens with before the issuer's official ("On 22 September, the Minister delivered
    a lecture"), the day of a summary of events (:func:`summary_day`), or an agency
    story's news day (:func:`agency_news_day`); None when it names none of these."""
    if not ctx.carry:
        return None
    if len(named.start or "") == 10 and named.end is None \
            and opens_with_an_officials_day(s, explicit):
        return named
    lead = _first_body_day(explicit, ctx)
    if lead is not None and summary_day(s, lead, ctx):
        return lead
    return agency_news_day(s.text, s.start, s.end, ctx)


def _first_body_day(explicit: list[DateMention], ctx: Context) -> DateSpan | None:
    """The first single day a sentence names, its dateline's aside ("New York,
    September 21 (MTI) - ... on Tuesday": Tuesday)."""
    day = ctx.dateline if isinstance(ctx.dateline, _dt.date) else None
    for m in explicit:
        if (m.start, m.end) in ctx.dateline_spans:
            continue
        d = resolve(m, ctx.year, day)
        if d.y1 is not None and d.m1 is not None and d.d1 is not None and not d.has_end:
            return DateSpan(_dt.date(d.y1, d.m1, d.d1).isoformat())
    return None
