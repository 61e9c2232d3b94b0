"""An earlier occasion recalled as the one the reported occasion follows or answers
("This trip, which comes after the Kenyan minister's visit to Accra on 3 May 2019,
shows ...", "The visit returns the one paid by A in 2018") is background: its day
dates that earlier occasion only, and is not the day the next sentences go on
telling (see :mod:`communique.extract._document`, beside the arrivals told in
passing of :mod:`communique.extract._date_asides`)."""

from __future__ import annotations

import datetime as _dt
import re

from ..model import DateSpan
from ._gate import Gated

__all__ = ["long_before", "recalled_in_passing"]

#: the reported occasion named as the subject, then a verb of sequence or return:
#: "This visit, which follows", "the trip comes after", "The talks, that came in the
#: wake of", "this visit reciprocates"
_RECALLED = Gated(re.compile(
    r"\b(?:visit|trip|stay|tour|talks|meeting|mission|journey)\b(?:\s+[\w-]+){0,3}?,?\s+"
    r"(?:(?:which|that)\s+)?(?:(?:has|had)\s+)?"
    r"(?P<verb>follows|followed|comes\s+after|came\s+after|comes\s+in\s+the\s+wake\s+of|"
    r"came\s+in\s+the\s+wake\s+of|reciprocates|reciprocated|returns|returned|"
    r"succeeds|succeeded)\b", re.I))


def recalled_in_passing(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` that recall an earlier occasion the reported
    one follows or answers: from the verb of sequence to the sentence's end."""
    return [(m.start("verb"), end) for m in _RECALLED.finditer(text, start, end)]


def long_before(day: DateSpan, told: DateSpan | None) -> bool:
    """Whether a day named is more than a year before the day the text was telling
    ("held talks on 17 March 2022 ... welcomed the progress since the embassy opened on
    27 December 2019"): a time recalled as background, not the day the next sentences go
    on telling ("They signed an agreement" is still on the talks' day)."""
    a, b = day.start or "", (told.start if told is not None else None) or ""
    if len(a) != 10 or len(b) != 10:
        return False
    return _dt.date.fromisoformat(a) < _dt.date.fromisoformat(b) - _dt.timedelta(days=366)
