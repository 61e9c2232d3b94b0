"""An event named as the time or the sequel of what a clause in the future tells: "The
two ministers will also sign a memorandum during their bilateral meeting", "The Minister
is expected to meet the President, followed by talks with the Foreign Minister", "will
give a press conference at the end of the talks with ...": not held yet, as the clause's own
event is not (used by :mod:`communique.extract._not_held`)."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["future_adjunct"]

#: the event as an adjunct right before the trigger: "during their", "followed by a",
#: "at the end of the" (not "after the": "will return tonight after a week of meetings
#: in Accra" tells meetings held before the plan; not a trip's purpose, "will be in
#: Bucharest for talks with ...", which is read with its coming day)
_ADJUNCT = re.compile(r"\b(?:during|at|in|followed\s+by)\s+(?:the\s+(?:end|close|"
                      r"conclusion|margins|sidelines|start|opening)\s+of\s+)?(?:(?:the|their|"
                      r"his|her|its|a|an)\s+)?(?:(?!(?:for|with|to|of)\b)[\w-]+\s+){0,2}$", re.I)
#: the event named by a noun ("meeting", "talks", "a courtesy call", "visit")
_NOMINAL = re.compile(r"(?:[\w-]+\s+){0,2}?(?:meetings?|talks|visits?|trips?|conversations?|"
                      r"calls?|discussions?|consultations|audience)\b", re.I)
#: a future that opens the clause: "will", "is expected to", "are due to"
_FUTURE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due\s+|expected\s+|scheduled\s+|set\s+|"
                     r"slated\s+|going\s+)?to)\b", re.I)
#: what ends the future's reach before the trigger: another clause told as done
_DONE = re.compile(r"[.;]|\b(?:said|says|met|held|was|were|had|has|have|did|took|paid|"
                   r"received|signed|visited)\b", re.I)


def future_adjunct(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """Whether noun trigger ``t`` is the time or the sequel of a clause in the future
    (see the docstring)."""
    if t.type not in ("meeting", "visit", "call", "consultation") \
            or not _NOMINAL.match(t.text) \
            or not _ADJUNCT.search(s.text, max(s.start, t.start - 40), t.start):
        return False
    futures = list(_FUTURE.finditer(s.text, s.start, t.start))
    return bool(futures) and not _DONE.search(s.text, futures[-1].end(), t.start)
