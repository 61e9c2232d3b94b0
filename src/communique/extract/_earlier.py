"""An occasion named by a definite noun phrase with a time of its own before the
document's ("the agreements reached during President A's visit to Peru last
year in April"), or recalled with participants of its own ("recalled the value
of the meeting that brought together the presidents of both nations"), is an
earlier occasion, not a reference to the one the text reported (see the
definite references in :mod:`communique.extract._frames`)."""

from __future__ import annotations

import datetime as _dt
import re

from ..model import DateSpan, Record
from ._margins import session_day
from ._recognise import Sentence

__all__ = ["earlier_occasion"]


def _before(a: str, b: str) -> bool:
    """``a`` is earlier than ``b`` at the precision both give."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def earlier_occasion(s: Sentence, r: Record, t_end: int, clause_end: int,
                     default: DateSpan, t_start: int = -1) -> bool:
    """Whether ``r``, made by a definite nominal trigger ending at ``t_end``, is
    dated by a time named after the trigger in its clause that lies before the
    document's date (``default``), or is a meeting recalled with its own
    participants (which then takes the days of the gathering it was held at, as
    the text told them, or its year only)."""
    start, ref = r.date.start, default.start
    if r.type == "meeting" and recalled_with_its_parties(s, t_start, t_end):
        at = _AT_GATHERING.match(s.text, t_end, s.end)
        day = session_day(s.text, at.group("name"), s.start, int(ref[:4]) if ref else None,
                          _dt.date.fromisoformat(ref) if ref and len(ref) == 10 else None) \
            if at is not None else None
        if day is not None and (day.start or "")[:4] == (start or day.start or "")[:4]:
            r.date = day  # "... between A and B, on the margins of the Forum": its days
        elif start and not any(t_end <= d.start < clause_end for d in s.dates):
            r.date = DateSpan(start[:4])  # an earlier occasion: not the day last told
        return True
    if r.type in ("meeting", "visit") and t_start >= 0 \
            and _EARLIER_NOUN.search(s.text, max(s.start, t_start - 30), t_end) \
            and _PLACED.match(s.text, t_end):
        # "After their earlier meeting at the summit in Kigali, ...": an occasion of
        # its own, before this one (its year, unless the clause dates it)
        if start and not any(t_end <= d.start < clause_end for d in s.dates):
            r.date = DateSpan(start[:4])
        return True
    if not start or not ref or not _before(start, ref):
        return False
    return any(t_end <= d.start < clause_end for d in s.dates)


#: an occasion told as one before ("their earlier meeting", "the previous visit", "her
#: last talks"; not "first": "their first meeting in Canberra" may be this one)
_EARLIER_NOUN = re.compile(r"\b(?:earlier|previous|prior|last|preceding)\s+(?:[\w-]+\s+)?"
                           r"(?:meetings?|talks|visits?|encounters?)$", re.I)
#: and held somewhere named: "at the Commonwealth summit", "in Nadi", "on the
#: margins of the Summit"
_PLACED = re.compile(r"\s+(?:at|in|on\s+the\s+(?:margins|sidelines)\s+of)\s+(?:the\s+)?"
                     r"(?-i:[A-Z])", re.I)


#: the meeting as what is spoken of: "the importance of the meeting", "aspects related
#: to the meeting", "referred to the meeting" (not "During the meeting", "The meeting")
_SPOKEN_OF = re.compile(r"\b(?:of|to|on|about)\s+the\s+$")
#: its own participants, by rank and side, after "brought together" or "between":
#: "the leaders of both nations", "the heads of diplomacy of A and B",
#: "President A and President B" (not "the two ministers": those reported)
_ITS_PARTIES = re.compile(
    r"\s+(?:the\s+)?(?:(?:leaders|heads\s+of\s+(?:state|government|diplomacy)|presidents|"
    r"prime\s+ministers|foreign\s+ministers|ministers\s+of\s+foreign\s+affairs)\s+of\b|"
    r"(?-i:President|King|Emir|Prime Minister)\s+(?-i:[A-Z]))", re.I)
#: the gathering it was held at, named after its participants: ", on the margins of
#: the Forum", ", at the Arab Summit", ", outside FOCAC" ("à margem" in translation)
_AT_GATHERING = re.compile(r"[^.;]{0,120}?,?\s(?:on|at|in)?\s*(?:the\s+)?(?:(?:margins?|"
                           r"sidelines?|fringes?)\s+of|outside|at)\s+(?:the\s+)?"
                           r"(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,5})", re.I)
_BY_PARTIES = re.compile(r"\b(?:brought together|between)$", re.I)


def recalled_with_its_parties(s: Sentence, t_start: int, t_end: int) -> bool:
    """Whether the meeting named from ``t_start`` to ``t_end`` ("the meeting that
    brought together", "the meeting held between") is spoken of as an occasion
    of its own participants, named by rank and side after it."""
    return t_start >= 0 and _BY_PARTIES.search(s.text, t_start, t_end) is not None \
        and _SPOKEN_OF.search(s.text, max(s.start, t_start - 12), t_start) is not None \
        and _ITS_PARTIES.match(s.text, t_end) is not None
