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


def in_named_years(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a year of such a span, part of a name, no time."""
    for m in _NAMED_YEARS.finditer(text, max(0, start - 40), min(len(text), end + 10)):
        if m.start(1) <= start and end <= m.end(2) and int(m.group(1)) < int(
                m.group(1)[:4 - len(m.group(2))] + m.group(2)):
            return True
    return False

