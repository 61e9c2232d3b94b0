"""A sentence opened by the day of a stay or a session it falls on ("On the second day
of the visit, he met ...", "On his second day in Prague, ...", "On the last day of the
summit, ...", or that day as its subject: "The second day of the visit began with a
meeting with ...") after the days told ("visited Czechia on 10-11 June"): that day of
them, not their whole span; "Later that day" goes on from it."""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING

from ..model import DateSpan
from ._dated_later import iso_day

if TYPE_CHECKING:
    from ._frame_parts import Context

__all__ = ["nth_day"]

#: ("On the last day she held talks": the subject's pronoun right after the day)
_NTH = re.compile(
    r"\W*(?:\d+\.\s*)?(?:on|during)\s+(?:(?:the|his|her|their|its)\s+)?"
    r"(?:(?P<n>first|second|third|fourth|fifth|opening|last|final|closing)\s+day|"
    r"day\s+(?P<k>one|two|three|four|five))\s*(?:of\s+(?:the|his|her|their|this|"
    r"its)\s+(?:[\w-]+\s+){0,2}?(?:visit|stay|trip|tour|summit|session|conference|forum|"
    r"talks|meeting|programme|program)\b|in\s+(?-i:[A-Z])|there\b|abroad\b|,|"
    r"(?=(?:he|she|they|we)\s))", re.I)
#: the nth day as the subject of the sentence: "The second day of the visit began with
#: a meeting with ...", "Day two of her stay in Prague opened with", "The visit's last day
#: was devoted to talks with" (the events after it are on that day; an event the phrase
#: itself names, "of the working visit", is the stay's own and keeps its days)
_NTH_SUBJECT = re.compile(
    r"\W*(?:\d+\.\s*)?(?:(?:the|his|her|their|its)\s+)?"
    r"(?:(?:(?P<n>first|second|third|fourth|fifth|opening|last|final|closing)\s+day|"
    r"day\s+(?P<k>one|two|three|four|five))\s+of\s+(?:the|his|her|their|this|its)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:visit|stay|trip|tour|summit|session|conference|forum|"
    r"programme|program)\b(?:\s+(?:to|in)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+"
    r"(?:\s+(?-i:[A-Z])[\w’'-]+){0,3})?|"
    r"(?:[\w’'-]+\s+){0,2}?(?:visit|stay|trip|tour|summit|session|conference|forum)['’]s\s+"
    r"(?P<m>first|second|third|fourth|fifth|opening|last|final|closing)\s+day)"
    r"(?=\s+(?:(?:also|then)\s+)?(?:began|begins|started|starts|opened|opens|kicked\s+off|"
    r"was|is|included|includes|saw|sees|featured|features|continued|continues|ended|ends|"
    r"closed|closes|concluded|concludes|brought|comprised|comprises)\b)", re.I)
_ORDINAL = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4,
            "one": 0, "two": 1, "three": 2, "four": 3, "five": 4}


def nth_day(text: str, start: int, end: int, ctx: Context,
            after: int | None = None) -> DateSpan | None:
    """The day of the days told last that the sentence ``text[start:end]`` opens
    with, or None; for an event told at ``after``, None when the nth day is the
    subject and the event is named inside it ("The last day of the working visit")."""
    m = _NTH.match(text, start, end)
    if m is None:
        m = _NTH_SUBJECT.match(text, start, end)
        if m is None or (after is not None and after < m.end()):
            return None
    # the days told last, else those of the one stay of several days told ("visited
    # Czechia on 10-11 June. On 10 June, he met A. ... On his second day in Prague")
    spans = [d for d in ctx.stay_days.values() if d.end]
    told = ctx.last_date if ctx.last_date is not None and ctx.last_date.end \
        else spans[0] if len(spans) == 1 else ctx.last_date
    if told is None:
        return None
    first, last = iso_day(told.start), iso_day(told.end)
    if first is None:
        return None
    n = (m.group("n") or m.group("k") or m.groupdict().get("m") or "").lower()
    if n in _ORDINAL:
        day = first + _dt.timedelta(days=_ORDINAL[n])
        return DateSpan(day.isoformat()) if last is None and not _ORDINAL[n] \
            or last is not None and day <= last else None
    return DateSpan(last.isoformat()) if last is not None else None
