"""The day "on the same day" means when no event was dated since: the day the text
named last ("welcomes the Order delivered yesterday ... The Minister, who was
present for the reading of the Order, met on the same day with ..."), not the
document's own day; a day named in a pluperfect clause ("had submitted its request
on 6 March") or after the document's day is background, not that day."""

from __future__ import annotations

import datetime as _dt
import re

from ..model import DateSpan
from ._dates import DateMention, find_dates, resolve
from ._frame_parts import Context
from ._recognise import Sentence

__all__ = ["day_named", "note_news_day"]

#: a pluperfect clause before the date: "Guyana had submitted its request on"
_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+\s+)?\w+(?:ed|en|t)\b(?![^,;]*[,;])", re.I)


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
    named = _first_day(text, start, [d for d in find_dates(text, start, end)
                                     if d.y1 or d.m1 or d.relative], ctx)
    if named is not None:
        ctx.last_seen, ctx.last_seen_to, ctx.day_named = named, [], True


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
