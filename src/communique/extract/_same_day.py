"""The day "on the same day" means when no event was dated since: the day the text
named last ("welcomes the Order delivered yesterday ... The Minister, who was
present for the reading of the Order, met on the same day with ..."), not the
document's own day; a day named in a pluperfect clause ("had submitted its request
on 6 March") or after the document's day is background, not that day."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable

from ..model import DateSpan
from ._dates import DateMention, find_dates, resolve
from ._day_opened import agency_news_day
from ._frame_parts import Context
from ._gate import Gated
from ._recognise import Sentence
from ._year_summed import year_summed

__all__ = ["day_named", "note_news_day", "note_period"]

#: a pluperfect clause before the date: "Guyana had submitted its request on"
_PLUPERFECT = Gated(re.compile(r"\bhad\s+(?:\w+\s+)?\w+(?:ed|en|t)\b(?![^,;]*[,;])", re.I))


def day_named(s: Sentence, explicit: list[DateMention], ctx: Context) -> DateSpan | None:
    """The first day (or month) a sentence without a dated event names that is no
    background: not in a pluperfect clause, not after the document's day."""
    return _first_day(s.text, s.start, explicit, ctx)


def note_news_day(text: str, start: int, end: int, ctx: Context) -> None:
    """A sentence with no event, before any event was dated ("The Ministry welcomes
    the judgment delivered yesterday"): the day it names is the one "on the same
    day" later means."""
    if ctx.day_of or not _HINT.search(text, start, end):
        return
    mentions = [d for d in find_dates(text, start, end) if d.y1 or d.m1 or d.relative]
    named = _first_day(text, start, mentions, ctx)
    if named is not None:
        ctx.last_seen, ctx.last_seen_to, ctx.day_named = named, [], True
    if (news := agency_news_day(text, start, end, ctx)) is not None:
        # ("New York, September 21 (MTI) - The Minister said on Tuesday ...")
        ctx.last_seen, ctx.last_seen_to, ctx.last_date = news, [], news


#: words a named day needs (a cheap guard before the date scan)
_HINT = re.compile(r"\d|day\b|yesterday|today|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


def _first_day(text: str, start: int, explicit: list[DateMention],
               ctx: Context) -> DateSpan | None:
    day = ctx.dateline if isinstance(ctx.dateline, _dt.date) else None
    for m in explicit:
        d = resolve(m, ctx.year, day)
        if d.y1 is None or d.m1 is None:
            continue
        if _PLUPERFECT.search(text, max(start, m.start - 80), m.start):
            continue
        if ctx.latest is not None and (d.y1, d.m1, d.d1 or 0) > ctx.latest:
            continue
        return DateSpan(*d.iso())
    return None


#: a past year a sentence sets as the time of what it reviews: "noted that during the
#: 2023 period, ...", "Throughout 2023, the two ministries ...", "In the course of 2022"
#: (not a bare "in 1992": a background fact's year)
_PERIOD = Gated(re.compile(r"\b(?:during|throughout|(?:in|over) the course of)\s+"
                           r"(?:the\s+(?:year\s+)?)?((?:19|20)\d\d)(?:\s+(?:period|year))?\b"
                           r"(?!\s*[-–/]\s*\d)", re.I))


def note_period(text: str, start: int, end: int, ctx: Context,
                dated: Iterable[DateSpan] = ()) -> tuple[DateSpan, DateSpan | None] | None:
    """A sentence that sets a past year as the time of what it reviews ("the Minister
    noted that during the 2023 period, the dialogue deepened"): in a readout, the
    undated events told after it in the paragraph are of that year, not of the
    document's day (unless the sentence's own events were dated in that year:
    the date they gave stays). Returns the year set and the date it replaced, which
    the next paragraph goes back to."""
    if not ctx.carry or ctx.year is None:
        return None
    found = {int(m.group(1)) for m in _PERIOD.finditer(text, start, end)}
    month = ctx.dateline.month if isinstance(ctx.dateline, _dt.date) else None
    if not found and (summed := year_summed(text, start, end, ctx.year, month)) is not None:
        found = {summed}  # "Last year I paid visits to many states. In Asia, I visited"
    if len(found) != 1:
        return None
    year = found.pop()
    if year >= ctx.year or any((d.start or "").startswith(str(year)) for d in dated):
        return None
    before, ctx.last_date = ctx.last_date, DateSpan(str(year))
    return ctx.last_date, before
