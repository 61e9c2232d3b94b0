"""A time told again on another clock, in brackets: "On 3 May at 9 p.m. (local
time; 4 May, 4:00 a.m. Tokyo time)", "on Tuesday evening (Wednesday 02:00 GMT)".
The bracket restates the same moment for readers at home; the day in it is no
second occasion and must not date a second record (read by
:func:`communique.extract._dates.find_dates`, which keeps the bracket's day where
no day stands before it). A zone named is enough, with or without a time of day:
"on the evening of 3 May (morning of 4 May, Japan time)", "(night of 3 to 4 May,
Tokyo time)", "(4 May, local time in Seoul)"."""

from __future__ import annotations

import re

__all__ = ["other_clock_asides"]

#: a bracket, and a time zone or a home clock named in it
_BRACKET = re.compile(r"\(([^()]{3,90})\)")
_ZONE = re.compile(r"\b(?:JST|KST|GMT|UTC|CET|CEST|EST|EDT|PST|PDT|BST|IST|AEST|AEDT|NZST|"
                   r"NZDT|WIB|ICT|SGT|HKT|MSK|(?:local|[A-Z][a-z]+)\s+(?:standard\s+)?time)\b")


def other_clock_asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of brackets in ``text[start:end]`` that restate a moment on
    another clock (a zone named)."""
    if "(" not in text[start:end]:
        return []
    return [(m.start(), m.end()) for m in _BRACKET.finditer(text, start, end)
            if _ZONE.search(m.group(1))]
