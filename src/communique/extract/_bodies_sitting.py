"""A meeting told as the session of bodies, not a meeting with them.

"held the G20 Porto-Braga Foreign Ministers' Meeting", "hosted the APEC Lima-Cusco
Ministerial Meeting": a meeting named after a body with a pair of places (its venue,
no pair of countries) is the body's session; "hosted meetings between the trade
ministers of the Visegrad Group and the Nordic states": the ministers of a body
meeting those of a region sit as a session of that body. With no counterpart country,
the symmetric frame (:mod:`communique.extract._frame_symmetric`) makes such a meeting
a multilateral record of the body, as a session hosted or attended is."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["bodies_sitting"]

#: the ministers of a body on one side of the meeting: " between the foreign ministers
#: of the ", " between the defence ministers of "
_MINISTERS_OF = re.compile(r"(?:\s+between)?\s+(?:the\s+)?(?:(?:foreign|defen[cs]e|trade|"
                           r"economy|finance|interior)\s+)?(?:affairs\s+)?ministers\s+of\s+"
                           r"(?:the\s+)?", re.I)


def bodies_sitting(s: Sentence, t: Trigger, rb: int, orgs: list[str]) -> list[str]:
    """The bodies (of ``orgs``) whose session the meeting trigger ``t`` names: a body
    named in the meeting's own title, or whose ministers the meeting is between."""
    named = [e.code for e in s.ents if e.kind == "org" and e.code in orgs
             and t.start <= e.start and e.end <= t.end]
    if named:
        return list(dict.fromkeys(named))
    m = _MINISTERS_OF.match(s.text, t.end, rb)
    if m is None or "between" not in (t.text + m.group(0)).lower():
        return []
    first = [e for e in s.ents if e.kind == "org" and e.code in orgs and e.start == m.end()]
    if not first:
        return []
    # (each body on the sides: "between the trade ministers of the Visegrad Group and
    # the Eastern Partnership states", one session of both)
    return list(dict.fromkeys(e.code for e in s.ents if e.kind == "org" and e.code in orgs
                              and m.end() <= e.start and e.end <= rb))
