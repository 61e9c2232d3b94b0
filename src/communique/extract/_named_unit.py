"""A country's name used to name a unit or team visited where it serves ("visited the RAF
Syria crew in Cyprus", "the Ukraine support team in Poland", "the Lebanon peacekeeping
unit in Cyprus"): the country names the unit, and the place after "in" or "at" is where
the visit went."""

from __future__ import annotations

import re

from ._recognise import Ent, Sentence

__all__ = ["names_a_unit"]

#: a unit or team after the country's name (at most two words between), then where it is
_UNIT_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:crews?|teams?|contingents?|troops|units?|forces|staff|"
    r"personnel|detachments?|squadrons?|battalions?|peacekeepers|desk|task\s+force)\b"
    r"(?=[^.;]{0,40}?\b(?:in|at)\s+(?:the\s+)?[A-Z])")


def names_a_unit(s: Sentence, e: Ent) -> bool:
    """Whether the country named by ``e`` names a unit visited elsewhere."""
    return e.kind == "country" and _UNIT_AFTER.match(s.text, e.end) is not None
