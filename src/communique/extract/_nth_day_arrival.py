"""A visit told in a sentence that names the day of the stay it falls on ("On her
second day in Quito, where she arrived for the summit, ...", "During her third day of
the official visit to Ghana, ...", "met during the second day of his visit to A with
B") when no days of the stay were told before: the
sentence's day is that day of the stay, so the visit began the days before it (the
second day's visit from the day before). The events of the sentence keep their day;
a visit dated on its own ("where he had arrived on Tuesday") keeps its date, and days
told before are read by :mod:`communique.extract._nth_day`."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from typing import TYPE_CHECKING

from ..model import DateSpan, Record
from ._dated_later import iso_day
from ._nth_day import nth_day

if TYPE_CHECKING:
    from ._frame_parts import Context
    from ._recognise import Sentence

__all__ = ["arrived_before_nth_day"]

#: "On her second day in Quito", "During her third day of the official visit to Ghana",
#: "On the second day of his stay in Hanoi"; anywhere in the sentence, after its verb
#: too ("met during the third day of her visit to A with B", "held talks with B on the
#: second day of his visit to A")
_NTH_OF_STAY = re.compile(
    r"\b(?:on|during)\s+(?:his|her|their|the)\s+(?P<n>second|third|fourth|fifth)\s+day\s+"
    r"(?:in\s+(?-i:[A-Z])|of\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:visit|stay|trip|tour)\b)", re.I)
_BEFORE = {"second": 1, "third": 2, "fourth": 3, "fifth": 4}


def arrived_before_nth_day(s: Sentence, recs: list[Record], ctx: Context) -> list[Record]:
    """``recs`` with a visit of the sentence (see the module's docstring) dated from the
    stay's first day."""
    m = _NTH_OF_STAY.search(s.text, s.start, s.end)
    if m is None or not any(r.type == "visit" for r in recs) \
            or nth_day(s.text, s.start, s.end, ctx) is not None:
        return recs
    days = {r.date.start for r in recs if r.type != "visit"} | {ctx.default.start}
    out = []
    for r in recs:
        day = iso_day(r.date.start) if r.type == "visit" and not r.date.end \
            and r.date.start in days and len(r.date.start or "") == 10 else None
        if day is not None:
            first = day - _dt.timedelta(days=_BEFORE[m.group("n").lower()])
            r = dataclasses.replace(r, date=DateSpan(first.isoformat()))
        out.append(r)
    return out
