"""Small helpers the frames share that need no document context: the record a
frame builds, the key a later reference finds it by, the end of a clause and
whether two days follow each other (re-exported by :mod:`._frame_parts`)."""

from __future__ import annotations

import datetime as _dt
import re

from ..model import DateSpan, Place, Record
from ._dates import DateMention

__all__: list[str] = []


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause running from ``start`` ends: the next comma or semicolon."""
    m = _CLAUSE_STOP.search(text, start, end)
    return m.start() if m else end


_CLAUSE_STOP = re.compile(r"[,;]")


def _next_day(a: DateMention, b: DateMention) -> bool:
    """Whether ``b`` is the day after ``a`` ("15 June and 16 June")."""
    if a.y1 is None or a.m1 is None or a.d1 is None or b.y1 is None or b.m1 is None \
            or b.d1 is None or a.has_end or b.has_end:
        return False
    try:
        return _dt.date(b.y1, b.m1, b.d1) - _dt.date(a.y1, a.m1, a.d1) == _dt.timedelta(1)
    except ValueError:
        return False


def _record(typ: str, date: DateSpan, frm: list[str], to: list[str], orgs: list[str],
            place: Place | None = None, title: str | None = None) -> Record:
    return Record(type=typ, date=date, from_=frm, to=to, organizations=orgs, place=place,
                  title=title)


def _reported_key(r: Record) -> tuple[str, tuple[str, ...]]:
    """What identifies an event for a later reference to it: its type and partners."""
    return (r.type, tuple(r.to) + tuple(r.organizations[:1]))
