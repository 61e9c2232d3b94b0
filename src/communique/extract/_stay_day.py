"""A sentence set within a stay told before takes that stay's time: "During her stay
in Senegal, the Minister also held talks with ...", "While in Dakar, she met ...",
"In the course of his visit to Peru, ..." after the visit there was told with its
day is on that visit's day, not on the day of whatever was told in between (a
visit the other way recalled, "weeks after the visit of the President to Ghana on
12 February"). Used by :mod:`._frame_parts` for a sentence with no time of its own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import DateSpan, Record
from ._recognise import Sentence

if TYPE_CHECKING:
    from ._frame_parts import Context

__all__ = ["note_stay", "stay_day"]

#: the opening phrase of a sentence set within a stay at a place: "During his stay in",
#: "In the course of her official visit to", "While on a working visit in",
#: "While in", "Whilst in"; the place follows at the match's end
_STAY_OPENER = re.compile(
    r"\W*(?:\d+\.\s*)?(?:(?:during|throughout|in\s+the\s+course\s+of|as\s+part\s+of|"
    r"(?:with)?in\s+the\s+framework\s+of|while\s+on|whilst\s+on)\s+"
    r"(?:his|her|their|the|this|its)\s+(?:[\w-]+\s+){0,3}?(?:stay|visit|trip|sojourn)\s+"
    r"(?:in|to|at)\s+|(?:while|whilst)\s+(?:in|at)\s+)(?:the\s+)?", re.I)


def note_stay(ctx: Context, made: list[Record]) -> None:
    """Keep the day of the first visit told to each country (a single host)."""
    for r in made:
        if r.type == "visit" and len(r.to) == 1 and r.date.start \
                and r.to[0] not in ctx.stay_days:
            ctx.stay_days[r.to[0]] = r.date


def stay_day(s: Sentence, ctx: Context) -> DateSpan | None:
    """The day of the visit told before to the place the sentence opens its stay in,
    or None."""
    if not ctx.stay_days:
        return None
    m = _STAY_OPENER.match(s.text, s.start, s.end)
    if m is None:
        return None
    here = next((e for e in s.ents if e.start == m.end() and e.kind in ("city", "country")),
                None)
    return ctx.stay_days.get(here.code) if here is not None else None
