"""Meetings with a counted crowd of partners ("had talks with the foreign ministers of
ten countries", "met representatives of more than 30 countries", "had talks with
counterparts from nine EU member states"): a figure, no meeting with one side.

With no side named, the crowd after the trigger is enough (as before). With sides named,
the crowd still stands for the partners when it follows the trigger closely and no side
is named between the two or after it: a country before the trigger is the trip's place
or the subject's ("While visiting Kenya, the Minister held talks with the trade ministers
of eleven nations"), and an organisation inside the crowd's words only says which
countries ("nine EU member states")."""

from __future__ import annotations

import re

from ._frame_basics import COUNTED_PARTNERS
from ._frame_parts import _ents
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["counted_crowd"]

#: what may stand between the trigger and the crowd: a few words, no list or clause
_GAP = re.compile(r"[^,;]{0,30}", re.I)
_AND = re.compile(r"\band\b", re.I)


def counted_crowd(s: Sentence, t: Trigger, rb: int, named: bool) -> bool:
    """Whether the meeting trigger ``t`` (its clause ending at ``rb``) meets a counted
    crowd; ``named`` whether the frame read sides of its own."""
    m = COUNTED_PARTNERS.search(s.text, t.start, rb)
    if m is None or not named:
        return m is not None
    gap = s.text[t.end:m.start()]
    if m.start() > t.end and (not _GAP.fullmatch(gap) or _AND.search(gap)):
        return False
    return not any(t.end <= e.start < m.start() or e.start >= m.end()
                   for e in _ents(s, t.start, rb, "country", "adj", "pair", "org"))
