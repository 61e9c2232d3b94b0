"""A country named only as where others came back from: "following the soldiers'
return from Mali", "after its staff returned from Nepal", "the return of its officers
from Haiti". A group's return (a plural possessive, or a group noun after "the", "its",
"their", "our") tells where that group was, not where the official went; the official's
own return ("his return from Nepal") is not matched."""

from __future__ import annotations

import re

from ._gate import Gated
from ._recognise import Ent, Sentence

__all__ = ["others_return"]

_GROUP = (r"(?:troops|soldiers|marines|sailors|airmen|forces|team|crew|staff|officers|"
          r"contingent|battalion|unit|peacekeepers|personnel|rescuers|volunteers|doctors|"
          r"medics|experts|athletes|evacuees|nationals|citizens|students|pilgrims)")
_RETURN = Gated(re.compile(
    # "the soldiers' return from", "the medical team's safe return from"
    # ("whose officers had come home from": the group in a relative clause)
    r"(?:\b[\w-]+s['’]|\b(?:the|its|their|our|whose)\s+(?:[\w-]+\s+)?" + _GROUP
    + r"(?:['’]s?)?)\s+(?:(?:had|have|has)\s+)?(?:safe\s+)?(?:return(?:ed|ing)?|"
    r"(?:came|come)\s+(?:back|home)|arrived\s+back)"
    r"\s+(?:home\s+)?from\s+(?:the\s+)?$"
    # "the return of its officers from"
    r"|\breturn\s+of\s+(?:the|its|their|our)\s+(?:[\w-]+\s+)?" + _GROUP
    + r"\s+(?:home\s+)?from\s+(?:the\s+)?$", re.I))


#: "upon their return from": a return by pronoun, the group's where one is named before
_THEIR_RETURN = re.compile(r"\btheir\s+(?:safe\s+)?return\s+(?:home\s+)?from\s+(?:the\s+)?$",
                           re.I)
_GROUP_BEFORE = re.compile(r"\b" + _GROUP + r"\b", re.I)


def others_return(s: Sentence, e: Ent) -> bool:
    """Whether ``e`` is named right after a group's return from it ("the soldiers'
    return from", or "greeted the troops ... upon their return from")."""
    if _RETURN.search(s.text, max(s.start, e.start - 80), e.start):
        return True
    m = _THEIR_RETURN.search(s.text, max(s.start, e.start - 40), e.start)
    return m is not None and _GROUP_BEFORE.search(s.text, max(s.start, m.start() - 100),
                                                  m.start()) is not None
