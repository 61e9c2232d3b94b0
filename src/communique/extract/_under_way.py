"""A visit told in the (future) progressive with today as its first day: "will be
visiting Peru today and tomorrow", "is on an official visit to Chile from today", or a
stay told in the present ("is in Canberra today and tomorrow"). The
release is written on the trip's first day, so the trip is under way, not announced
(a visit "tomorrow", "next week" or with no day stays ahead)."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["under_way_today"]

#: "will be" before the visit's verb or noun ("will be visiting", "will be on a visit",
#: "is paying a working visit"; the trigger may hold the "be": "be on an official visit")
_WILL_BE = re.compile(r"\b(?:will\s+be|is|are)\s+(?:(?:on|paying|making)\s+(?:an?\s+)?"
                      r"(?:[\w-]+\s+){0,2}?)?(?=visit|trip|tour)", re.I)
#: a stay in the present: "is in Canberra today and tomorrow", "are in Lima today"
_STAY = re.compile(r"(?:is|are)(?:\s+(?:now|currently|also))?\s+in", re.I)
#: today as the first day told after it, in the same clause: "Peru today", "to Chile
#: today and tomorrow", "Peru from today" (no other time before it)
_TODAY_AFTER = re.compile(r"[^.;,]{0,60}?\b(?:from\s+)?today\b(?!['’]s)", re.I)
#: a time told before "today" in that span: another day is the trip's
_OTHER_TIME = re.compile(r"\b(?:tomorrow|next|on|from|in|this|later)\b", re.I)


def under_way_today(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """Whether the visit at ``t`` is told as under way today (see above)."""
    if t.type != "visit":
        return False
    will = [m for m in _WILL_BE.finditer(s.text, max(cl[0], t.start - 60), t.end)
            if t.start - 8 <= m.end() <= t.end]
    if not will and not _STAY.fullmatch(t.text):
        return False
    m = _TODAY_AFTER.match(s.text, t.end, cl[1])
    if m is None:
        return False
    head = s.text[t.end:m.end()]
    head = head[:head.lower().rfind("today")]
    return not _OTHER_TIME.search(re.sub(r"\bfrom\s+$", "", head))
