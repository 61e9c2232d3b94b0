"""Those who took part in a meeting, named after it was told: "The senators who met with
the Minister were A, B and C", "Among those who held talks with the Secretary were A
and B", "The delegation that met the Minister included A and B". The relative clause
names the meeting only to say who sat at it; after a meeting with the same side was
reported, it tells no second one (told first, it is the meeting itself)."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["participants_named"]

#: the subject the relative clause qualifies, opening the sentence: "The U.S.
#: legislators who", "Those who", "Among the officials that", "All the ministers who"
_SUBJECT_WHO = re.compile(r"(?:the|those|these|all(?:\s+the)?|among\s+(?:the|those)|other)"
                          r"\b[^,;:]{0,80}?\b(?:who|that)\s+(?:had\s+|also\s+|have\s+)?$",
                          re.I)
#: the copula or listing verb that names them, after what the clause says of the meeting:
#: "... were A, B", "... included A", "... are members of" (or what they were: "...
#: were pleased with the talks", the same meeting)
_NAMED_AS = re.compile(r"[^,;.:]{0,100}?\s(?:were|was|included|include|are|comprised)\s", re.I)


def participants_named(s: Sentence, t: Trigger) -> bool:
    """Whether the meeting trigger ``t`` stands in a relative clause of the sentence's
    subject ("The legislators who met with the Secretary"), its main verb naming who
    they were ("were A, B and C")."""
    if _SUBJECT_WHO.fullmatch(s.text, s.start, t.start) is None:
        return False
    return _NAMED_AS.match(s.text, t.end, s.end) is not None
