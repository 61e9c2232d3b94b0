"""An earlier occasion recalled as the one the reported occasion follows or answers
("This trip, which comes after the Kenyan minister's visit to Accra on 3 May 2019,
shows ...", "The visit returns the one paid by A in 2018") is background: its day
dates that earlier occasion only, and is not the day the next sentences go on
telling (see :mod:`communique.extract._document`, beside the arrivals told in
passing of :mod:`communique.extract._date_asides`)."""

from __future__ import annotations

import re

from ._gate import Gated

__all__ = ["recalled_in_passing"]

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
