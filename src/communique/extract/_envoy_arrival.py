"""An ambassador's arrival at a new post is no visit.

"received courtesy calls from the ambassadors of Spain and Mexico upon their arrival
in Manila"; "Upon his arrival, the new Ambassador of Chile called on the Minister";
"The newly appointed Ambassador of Peru arrived in Lima": an envoy taking up a post
travels to stay, not on a visit (the courtesy call is the meeting). The one arriving
is the rank named last before the arrival, or first after it when the sentence opens
on it. A sentence that says "visit", an envoy at large ("the Ambassador-at-large
arrived for talks") or a traveller of another rank ("the Minister arrived") is left
alone.
"""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

_ARRIVAL = re.compile(r"\barriv", re.I)
_VISIT = re.compile(r"\bvisit", re.I)
#: a traveller's rank; group 1 an ambassador's (not one at large)
_RANK = re.compile(r"\b(?:(ambassadors?(?![-\s]+at[-\s]+large)|ambassador-designate)|"
                   r"ministers?|presidents?|premier|chancellor|secretary|secretaries|king|queen|"
                   r"prince|delegations?|speaker|envoys?|ambassador[-\s]+at[-\s]+large|"
                   r"chairman|chair|governor|mayor|leaders?|officials?|guests?)\b", re.I)
#: the arrival opens the sentence: "Upon his arrival, ...", "On arrival in Lima, ..."
_FRONTED = re.compile(r"\W*(?:(?:up)?on|after|following)\s+(?:(?:his|her|their)\s+)?arriv",
                      re.I)


def envoy_arrival(s: Sentence, t: Trigger) -> bool:
    """Whether trigger ``t`` tells an ambassador's arrival at post (no visit)."""
    return bool(_ARRIVAL.search(t.text)) and envoy_arrives(s, t.start, t.end)


def envoy_arrives(s: Sentence, start: int, end: int) -> bool:
    """Whether the arrival told at ``start:end`` of ``s`` is an ambassador's (no visit)."""
    if _VISIT.search(s.text, s.start, s.end):
        return False
    if _FRONTED.match(s.text, s.start, end):
        rank = _RANK.search(s.text, end, s.end)
    else:
        rank = next(reversed(list(_RANK.finditer(s.text, s.start, start))), None)
    return rank is not None and rank.group(1) is not None
