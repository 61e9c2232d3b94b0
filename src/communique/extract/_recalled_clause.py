"""A meeting or call recalled in the pluperfect inside a relative clause on the
person met: "met the Foreign Minister of Chile, whom she had last met on 20 April in
Lima", "received the Ambassador, who had presented his credentials to the King on 28
April", "with whom he had spoken by telephone on 22 April". The clause tells what
came before the occasion reported; it is no occasion of its own (read by
:func:`communique.extract._not_held.planned`). An arrival told so ("who had arrived
in Tokyo on 2 May") is still the guest's visit: only meetings and calls are recalled
this way."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["recalled_in_clause"]

#: a relative clause on a person, opened after a comma, up to the trigger, in the
#: pluperfect ("had", "had last", "had already"), with no clause break between
_PLUPERFECT_CLAUSE = re.compile(
    r",\s+(?:who|whom|(?:with|to|by|from)\s+whom)\s+(?:[^,;.()]{0,60}?\s)?had\s+"
    r"(?:(?:already|last|first|previously|earlier|just|once|also|recently)\s+)?"
    r"(?:been\s+)?(?:[^,;.()]{0,40}?\s)?$", re.I)
#: a verb of meeting or calling before the clause: the clause is on the person met
#: ("met the Ambassador, who had ..."), not on the subject ("The Minister of Peru, who
#: had been received by the President, held talks ...": that reception was held)
_MET_BEFORE = re.compile(r"\b(?:met|meets|received|receives|welcomed|welcomes|hosted|hosts|"
                         r"held|holds|had|has|spoke|speaks|talked|called|phoned|"
                         r"telephoned|conferred)\b", re.I)
#: how far before the trigger the clause may open
_REACH = 120


def recalled_in_clause(s: Sentence, t: Trigger) -> bool:
    """Whether meeting or call trigger ``t`` stands in a relative clause on a person
    met that tells it in the pluperfect (see above)."""
    if t.type not in ("meeting", "call"):
        return False
    a = max(s.start, t.start - _REACH)
    m = _PLUPERFECT_CLAUSE.search(s.text, a, t.start)
    return m is not None and _MET_BEFORE.search(s.text, s.start, m.start()) is not None
