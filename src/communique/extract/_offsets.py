"""Events measured from another by a count of days: "The talks came a day after
the envoys met", "..., two days before the Vice Minister held consultations
...". The event named after "N days after" lies N days before the occasion it
is measured from (the one the sentence's own day dates), "N days before" N days
after it; the phrase is a clause of its own (see ``_CLAUSE`` in
:mod:`communique.extract._frame_parts`)."""

from __future__ import annotations

import datetime as _dt
import re

from ..model import DateSpan, Record
from ._gate import Gated
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["MEASURED", "measured_days"]

_COUNTS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4,
           "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
#: "a day after", "only two days before", "a week after", "10 days after"
MEASURED = r"(?:(?:only|just|barely|some)\s+)?(?:a|an|one|the|two|three|four|five|six|" \
           r"seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?)\s+(?:after|before)\s"
_PHRASE = Gated(re.compile(r"\b(?:(?:only|just|barely|some)\s+)?(?P<n>a|an|one|the|two|three|four|"
                     r"five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?)\s+"
                     r"(?P<dir>after|before)\s", re.I))
#: the end of what the phrase measures ("A day after the summit, the Minister met")
_END = re.compile(r"[,;]|\.\s")
#: a date that is a point of reference, not the day of the event measured ("met for
#: the first time since 2008", "two days after taking office on 3 May")
_REFERENCE = re.compile(r"\b(?:since|office|appointed|elected)\s+(?:on\s+|in\s+)?$", re.I)
#: how far the trigger may stand after the phrase
_REACH = 160


def measured_days(s: Sentence, t: Trigger, made: list[Record]) -> list[Record]:
    """Shift the day of the records ``made`` by the trigger ``t`` when the trigger
    is what "N days after / before" measures and names no day of its own; the
    records shifted."""
    for m in _PHRASE.finditer(s.text, max(s.start, t.start - _REACH), t.start):
        if _END.search(s.text, m.end(), t.start):
            continue  # the phrase ended before the trigger
        if not s.text[s.start:m.start()].strip(" \t\n\"“'‘(-—"):
            continue  # "A day after the summit the Minister met ...": the main event's time
        stop = _END.search(s.text, t.end, s.end)
        end = stop.start() if stop else s.end
        if any(m.end() <= d.start < end
               and not _REFERENCE.search(s.text, max(s.start, d.start - 20), d.start)
               for d in s.dates):
            return []  # "a day after the envoys met in Bali on 22 July": that day
        count, unit = m.group("n").lower(), m.group("unit").lower()
        if count == "the" and unit.endswith("s"):
            continue  # "in the days after the summit": no count
        n = int(count) if count.isdigit() else _COUNTS[count]
        days = n * (7 if unit.startswith("week") else 1)
        if m.group("dir").lower() == "after":
            days = -days
        shifted = []
        for r in made:
            start = r.date.start or ""
            if len(start) == 10 and r.date.end is None:
                day = _dt.date.fromisoformat(start) + _dt.timedelta(days=days)
                r.date = DateSpan(day.isoformat())
                shifted.append(r)
        return shifted
    return []
