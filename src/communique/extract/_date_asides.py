"""Parts of a sentence whose dates belong to another occasion than its events'.

"..., twelve years after the first meeting of the mechanism, held in Luanda in
2013, and signed ..." names an earlier session only as a point of reference;
"X, who arrived in Bamako on Wednesday evening, was received by ..." tells an
arrival in passing: its day dates the visit, not the reception, and is not the
day the next sentences go on telling (see :mod:`communique.extract._frame_parts`
and :mod:`communique.extract._document`).
"""

from __future__ import annotations

import re

__all__ = ["arrivals_in_passing", "other_occasions", "term_of_document"]

#: an earlier occasion of the same series, named as a point of reference, and where
#: it was held: "twelve years after the first meeting of the mechanism, held in Luanda
#: in 2013", "since the previous session, held in Accra"
_EARLIER_HELD = re.compile(
    r"\b(?:after|since|recall(?:ed|ing)?|than at)\s+(?:the|its|their)\s+(?:first|second|third|"
    r"previous|last|earlier|preceding|prior|inaugural)\s+(?:[\w–-]+\s+){0,3}?"
    r"(?:meeting|session|round|visit|edition|summit|sitting)s?\b(?:\s+of\s+[^,;.]{1,80})?"
    r",\s+(?:which\s+was\s+|that\s+was\s+)?held\b", re.I)
#: an arrival told in a relative clause between commas ("X, who arrived in Bamako on
#: Wednesday evening, was welcomed ...")
_ARRIVAL = re.compile(r", who (?:had |has )?(?:arrived|landed|flew in)\b[^,;.]{0,160},")
#: the main clause dates itself by the arrival: "on the day of his arrival", "upon arrival"
_ON_ARRIVAL = re.compile(r"\b(?:on|upon|the day of|the evening of)\s+(?:(?:his|her|their|its)\s+)?"
                         r"arrival\b", re.I)
_STOP = re.compile(r"[,;]")


def arrivals_in_passing(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of arrivals told in passing in ``text[start:end]``."""
    if ", who " not in text[start:end] or _ON_ARRIVAL.search(text, start, end):
        return []
    return [(m.start(), m.end()) for m in _ARRIVAL.finditer(text, start, end)]


def other_occasions(text: str, start: int, end: int, at: int) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` whose dates are not those of the event told
    at ``at``: an earlier session named for reference, an arrival in passing (unless
    the event is told inside them)."""
    out = arrivals_in_passing(text, start, end)
    if "held" in text[start:end]:
        held = _EARLIER_HELD.search(text, start, end)
        if held is not None:
            stop = _STOP.search(text, held.end(), end)
            out.append((held.start(), stop.start() if stop else end))
    return [(a, b) for a, b in out if not a <= at < b]


#: the years a document runs for, named after "for": "a Statement of Partnership for
#: 2025–2028", "for the period 2025 to 2027", "for the years 2025-2029"
_TERM = re.compile(r"\bfor\s+(?:the\s+(?:period|years)\s+(?:of\s+|from\s+)?)?"
                   r"(\d{4})\s*(?:[–-]|to)\s*(\d{2,4})\b", re.I)


#: the one year a programme or plan runs for: "signed a cooperation programme between
#: the two ministries for 2020", "a plan of consultations for the year 2025"
_ONE_YEAR = re.compile(r"\b(?:programmes?|programs?|plans?|roadmaps?|road maps?|calendars?|"
                       r"schedules?|agendas?)\b[^.;:!?]{0,80}?\bfor\s+(?:the\s+year\s+)?"
                       r"(\d{4})\b(?!\s*(?:[–-]|to)\s*\d)", re.I)


def term_of_document(text: str, start: int, end: int) -> bool:
    """The year mentioned at ``start``-``end`` is one end of the years a document
    runs for, or the one year it runs for, not the time of an event (see above)."""
    if not text[start:start + 1].isdigit():
        return False
    if any(m.start(1) <= start and end <= m.end(2)
           for m in _TERM.finditer(text, max(0, start - 40), min(len(text), end + 12))):
        return True
    return any(m.start(1) == start and end == m.end(1)
               for m in _ONE_YEAR.finditer(text, max(0, start - 130), min(len(text), end)))
