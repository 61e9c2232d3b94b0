"""Times that are not when a sentence's event took place: the term a document runs
for (see :func:`communique.extract._date_asides.term_of_document`) and a deadline
set at the event ("urged the experts to settle the rest before the end of November",
"asked for the draft by the end of the year", "no later than March"): the time
something is to be done by, not the day of the meeting that asked for it."""

from __future__ import annotations

import re

from ._date_asides import term_of_document
from ._tenure import office_held_since

__all__ = ["compared_year", "deadline", "first_counted_in", "not_its_time"]

#: the words that make the time after them a deadline
_BY = re.compile(
    r"(?i)\b(?:(?:before|by)\s+(?:the\s+)?(?:end|close|middle)\s+of\s+(?:the\s+month\s+of\s+)?|"
    r"(?:no|not)\s+later\s+than\s+(?:the\s+end\s+of\s+)?|"
    r"(?:a|the)\s+deadline\s+(?:of|for|set\s+for)\s+(?:the\s+end\s+of\s+)?)$")


def deadline(text: str, start: int) -> bool:
    """Whether the time mentioned at ``start`` is a deadline (see above)."""
    return _BY.search(text, max(0, start - 50), start) is not None


#: the first of its kind, the year after the place its scope: "was the first leader to
#: visit Laos in 2023", "... to visit Tonga this year" (the first that year, not the
#: trip's time, told elsewhere)
_FIRST_IN = re.compile(
    r"(?i)\bthe\s+first\s+(?:[\w’'-]+\s+){0,6}?to\s+(?:officially\s+)?(?:visit|travel\s+to|"
    r"set\s+foot\s+in)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}?in\s+$")


#: a year the event is compared with: "As in 2023, the Minister visited A", "Unlike 2021,
#: when ..., this year ...", "compared with 2024", "up from 9 in 2018"
_COMPARED = re.compile(
    r"(?i)(?:\bas\s+in|\bunlike(?:\s+in)?|\bcompared\s+(?:with|to)(?:\s+in)?|"
    r"\bin\s+comparison\s+(?:with|to)|\bthan\s+in|\blike\s+in|\bas\s+was\s+the\s+case\s+in|"
    r"\b(?:up|down)\s+from\s+(?:[\w.,%-]+\s+){1,3}?in)\s+$")


def compared_year(text: str, start: int, end: int) -> bool:
    """Whether the year at ``start``-``end`` is one the event is compared with (see
    ``_COMPARED``), not its time."""
    return text[start:end].isdigit() and _COMPARED.search(text, max(0, start - 40),
                                                           start) is not None


def not_its_time(text: str, start: int, end: int) -> bool:
    """Whether the time at ``start``-``end`` is a document's term, a deadline, the
    day an office was taken ("Senator since 2011"), a year compared with, no time of
    the event the sentence tells."""
    return term_of_document(text, start, end) or deadline(text, start) \
        or office_held_since(text, start) or compared_year(text, start, end)


def first_counted_in(text: str, start: int, end: int) -> bool:
    """Whether the time at ``start``-``end`` is a year a first is counted in (see
    ``_FIRST_IN``); the caller drops it only where the sentence tells another time."""
    span = text[start:end].lower()
    if not (span.isdigit() and len(span) == 4 or span in ("this year", "that year")):
        return False
    before = text[max(0, start - 120):start]
    return _FIRST_IN.search(before if span.isdigit() else before + "in ") is not None
