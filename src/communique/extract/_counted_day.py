"""The day of a readout's sentence that counts events and records none of them ("On 10
May the Governor-General held two ceremonies of credentials"): the figure's date, and
the day the next sentences, telling those events one by one, go on with."""

from __future__ import annotations

import re

from ..model import DateSpan
from ._frame_parts import Context, _resolved
from ._recognise import Sentence

__all__ = ["counted_day", "own_day"]

#: what a sentence counts that its next sentences may tell one by one
_EVENTS_COUNTED = re.compile(r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:ceremonies|meetings|audiences|ambassadors|"
                             r"envoys|calls|sessions|visits)\b")


def own_day(s: Sentence, ctx: Context) -> DateSpan | None:
    """The one day a sentence of counted events names ("On Tuesday 10 May, the
    Governor-General received the credentials of two new ambassadors"): the figure's
    date, and so the day the sentences telling each of them go on with."""
    days = {r.iso() for r in _resolved(s.dates, ctx)}
    if len(days) > 1 and ctx.dateline is not None:
        days.discard((str(ctx.dateline), None))  # (the dateline the sentence opens with)
    if len(days) != 1:
        return None
    start, end = next(iter(days))
    return DateSpan(start, end) if start and len(start) == 10 else None


def counted_day(s: Sentence, ctx: Context) -> DateSpan | None:
    """The sentence's own day, where it counts events of a kind the next sentences may
    tell one by one (ceremonies, audiences, meetings, envoys); else None."""
    return own_day(s, ctx) if _EVENTS_COUNTED.search(s.text, s.start, s.end) else None
