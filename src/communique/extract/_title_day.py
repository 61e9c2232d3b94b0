"""A title that names an event, its partner and its day ("Foreign Secretary's meeting
with Japanese Foreign Minister A, 1 February 2023") dates that event. A statement under
it that tells the same event by a relative day ("had a productive meeting in London
yesterday") counts from the day it was issued, which the title does not give: the
title's day wins, and the two tellings are one occasion (used by
:mod:`communique.extract._merge`)."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Iterator

from ..model import DateSpan, Record
from ._dates import find_dates
from ._gazetteer import Gazetteer

__all__ = ["title_dated"]

#: the event a title names, by its noun: the record type it tells
_EVENT = re.compile(r"\b(?:(?P<call>call|phone\s+call|telephone\s+call|phone\s+conversation|"
                    r"telephone\s+conversation)|(?P<meeting>meeting|talks|bilateral)|"
                    r"(?P<visit>visit|trip))\b", re.I)
#: a day told relative to the day of issue
_RELATIVE = re.compile(r"\b(?:yesterday|last\s+night)\b", re.I)


def title_dated(records: Iterable[Record], text: str, gaz: Gazetteer) -> Iterator[Record]:
    """``records``, a record told by "yesterday" redated to its title's day when the
    title names its type, its partner and that day (see the docstring)."""
    first = text.lstrip()
    title_start = len(text) - len(first)
    title_end = text.find("\n", title_start)
    title_end = len(text) if title_end < 0 else title_end
    title = text[title_start:title_end]
    event = _EVENT.search(title) if len(title) < 200 else None
    days = [d for d in find_dates(text, title_start, title_end) if d.d1 and d.y1 and d.m1
            and not d.has_end] if event else []
    if event is None or len(days) != 1 or days[0].start < event.end() + title_start:
        yield from records
        return
    d = days[0]
    day = _dt.date(d.y1 or 0, d.m1 or 1, d.d1 or 1)
    kind = event.lastgroup
    sides = {m.code for k in ("country", "adj") for m in gaz.find(text, k, title_start, d.start)}
    before = (day - _dt.timedelta(days=1)).isoformat()
    for r in records:
        if r.type == kind and r.date.start == before and r.date.end is None and r.to \
                and set(r.to) <= sides and r.source is not None \
                and _RELATIVE.search(r.source.text):
            r.date = DateSpan(day.isoformat())
        yield r
