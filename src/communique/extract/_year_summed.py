"""A past year a sentence sums up as the time of events it only counts or sketches
("Last year I paid official visits to countries on every continent", "Over the past
year the Minister held many meetings abroad", "In 2017, the Minister made numerous
trips"): the year the next sentences of the paragraph go on telling, one by one ("In
Asia, I visited A, B and C"). Told by a year relative to the text's ("last year", "the
past year", "the previous year") or by a bare "in 2017"; or a year made the
subject of a sentence on the text's diplomacy ("The year of 2022 proved a time of
intensified foreign relations", with no count of events needed) (``note_period`` in
_same_day.py reads "during 2023", "throughout 2023" without this test). A year that
only dates a fact ("Trade grew last year") sums up no events and sets nothing."""

from __future__ import annotations

import re

from ._gate import Gated

__all__ = ["year_summed"]

#: the year relative to the text's own: "last year", "the past year", "the previous year"
_RELATIVE = Gated(re.compile(r"\b(?:last|past|previous|preceding)\s+year\b(?!\s*['’]s)", re.I))
#: a bare year the sentence is set in: "In 2017, ...", "in 2017 the Minister ..."
_BARE = Gated(re.compile(r"\bin\s+((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)", re.I))
#: a year as the subject of what the text's diplomacy was: "the year of 2022 was a year
#: of intensified foreign relations", "2021 has been a busy year for our diplomacy"
_YEAR_SUBJECT = Gated(re.compile(
    r"\b(?:the\s+year\s+(?:of\s+)?)?((?:19|20)\d\d)\s+(?:has\s+been|was|proved|marked|became|"
    r"turned\s+out\s+to\s+be)\s+(?:a|an|another)\b[^.;]{0,60}?\b(?:year|time|period)\b",
    re.I))
#: what such a year is said to have been for: the text's diplomacy ("a busy year for our
#: diplomacy", "a year of intensified foreign relations"; not "a good year for exports")
_DIPLOMACY = re.compile(r"\b(?:diplomacy|diplomatic|foreign\s+(?:policy|relations|affairs)|"
                        r"external\s+relations|international\s+relations|visits|bilateral|"
                        r"relations)\b", re.I)
#: events summed up, not told one by one: plural nouns of visits and talks, or a count
_SUMMED = Gated(re.compile(
    r"\b(?:visits|trips|tours|journeys|travels|meetings|talks|consultations|contacts|"
    r"engagements|guests|delegations)\b", re.I))
#: a year compared with, not the time of what is told: "compared with last year",
#: "than in 2017", "since last year"
_COMPARED = re.compile(r"\b(?:than|since|compared\s+(?:with|to)|from|until|before|after)"
                       r"\s+(?:the\s+)?(?:in\s+)?$", re.I)


#: "the past year", "the last year": the twelve months before the text's day
_TWELVE_MONTHS = re.compile(r"\bthe\s+$", re.I)


def year_summed(text: str, start: int, end: int, year: int | None,
                month: int | None = None) -> int | None:
    """The one past year (before ``year``, the text's) a sentence sets as the time of
    the events it sums up in the plural ("paid official visits to many states"), or
    None. "The past year" told in ``month`` 7 or later is mostly the text's own year
    (the twelve months before its day), so it sets no past year."""
    if year is None:
        return None
    said = {int(m.group(1)) for m in _YEAR_SUBJECT.finditer(text, start, end)
            if _DIPLOMACY.search(text, m.start(), end)}
    if len(said) == 1 and (y := said.pop()) < year:
        return y  # "the year of 2022 proved a time of ...": what follows tells that year
    if not _SUMMED.search(text, start, end):
        return None
    found: set[int] = set()
    for m in _RELATIVE.finditer(text, start, end):
        if not _COMPARED.search(text, max(start, m.start() - 20), m.start()):
            own = month is not None and month >= 7 and m.group().lower().startswith(
                ("past", "last")) and _TWELVE_MONTHS.search(
                text, max(start, m.start() - 5), m.start()) is not None
            found.add(year if own else year - 1)
    for m in _BARE.finditer(text, start, end):
        y = int(m.group(1))
        if y < year and not _COMPARED.search(text, max(start, m.start() - 20), m.start()):
            found.add(y)
    return found.pop() if len(found) == 1 and min(found) < year else None
