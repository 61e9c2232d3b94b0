"""The visit named by its guest ("the visit of the Foreign Minister of Peru"),
made the subject of a clause of its own: "the visit of the Foreign Minister of Peru
takes place in the year of ...", "... comes at an important moment", "... is the
first in a decade".  The place after that clause's verb is no host: the guest
came to the issuer."""

from __future__ import annotations

import re

from ._recognise import Sentence

__all__ = ["guest_clause_verb"]

#: the verb of a clause whose subject is the visit itself
_VISIT_AS_SUBJECT = re.compile(
    r"\s(?:takes|took|will\s+take|has\s+taken)\s+place\b|\s(?:comes|came|will\s+come)\s+"
    r"(?:at|in|as|after|amid)\b|\s(?:coincides|coincided|will\s+coincide)\s+with\b|"
    r"\s(?:is|was|will\s+be|marks|marked|will\s+mark|represents|represented|opens|opened|"
    r"gives|gave|will\s+give|provides|provided)\s+(?:the|a|an|another|yet|also|"
    r"of|very|truly|particularly|an?\s+important)\b|"
    # ("the visit by the Prime Minister of Togo lasted two days", "... ended on Friday")
    r"\s(?:lasted|lasts|ended|ends|began|begins|started|starts|concluded|concludes)\b")
#: (not "... concluded in Tokyo": where the journey ended is its host)
_IN_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
_ENDS = re.compile(r"(?:last|end|began|begin|start|conclude)")


def guest_clause_verb(s: Sentence, a: int, b: int) -> int | None:
    """Where the verb of a clause whose subject is the visit (its guest named after
    the trigger, from ``a``) stands before ``b``, or None."""
    for m in _VISIT_AS_SUBJECT.finditer(s.text, a, b):
        if not (_ENDS.match(m.group(0).strip()) and _IN_PLACE.match(s.text, m.end())):
            return m.start()
    return None
