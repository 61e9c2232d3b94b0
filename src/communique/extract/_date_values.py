"""Dates given as values, not told in prose: a date the caller passes
(``YYYY[-MM[-DD]]``) and the span of years inside a name ("the Statement of
Partnership 2024–2028"), which is no time (split from ``_dates.py``)."""

from __future__ import annotations

import datetime as _dt
import re

__all__ = ["in_named_years", "parse_iso"]


def parse_iso(value: str) -> tuple[int, int | None, int | None]:
    """Parse ``YYYY[-MM[-DD]]``; raises ValueError on anything else."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not m:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if mo is not None:
        _dt.date(y, int(mo), int(d) if d else 1)
    return y, int(mo) if mo else None, int(d) if d else None


#: the span of years in a document's or a programme's name: "the Statement of
#: Partnership 2024–2028", "Programme Portugal–Cabo Verde 2022-2026"
#: (not "In 2023–2024", "From 2021-2025": a time)
_NAMED_YEARS = re.compile(r"\b(?!(?:In|From|Between|During|Since|For|By|Until|Till|Through|"
                          r"Throughout|Over|Across|Of|And|To|The|Its|Our|Their)\b)"
                          r"(?-i:[A-Z][\w'’-]*)\s+(\d{4})\s*[–—-]\s*(\d{2}|\d{4})\b")


#: a year standing before the name of a document as its adjective: "the 2012 Special
#: Status Agreement", "reviving the 2015 trade accord", "the 2030 Agenda" (the year of
#: that document, not of the event told; "the 2023 session of ..." is no such name)
_DETERMINER = re.compile(r"\b(?:the|a|an|its|our|their|his|her|this|that)\s+$", re.I)
_DOCUMENT_AFTER = re.compile(
    r"\s+(?:(?!(?:of|on|in|for|with|session|meeting|summit|round|visit|talks)\b)[\w'’-]+\s+)"
    r"{0,4}?(?:agreements?|accords?|treat(?:y|ies)|conventions?|protocols?|memorand(?:um|a)|"
    r"agenda|declarations?|constitution|charter|pacts?|deals?|framework|road\s?map|plans?|"
    r"strateg(?:y|ies)|vision|law|act)\b", re.I)


def in_named_years(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a year of such a span, or the year of a document's
    name: part of a name, no time."""
    if end - start == 4 and _DETERMINER.search(text, max(0, start - 8), start) \
            and _DOCUMENT_AFTER.match(text, end):
        return True
    for m in _NAMED_YEARS.finditer(text, max(0, start - 40), min(len(text), end + 10)):
        if m.start(1) <= start and end <= m.end(2) and int(m.group(1)) < int(
                m.group(1)[:4 - len(m.group(2))] + m.group(2)):
            return True
    return False

