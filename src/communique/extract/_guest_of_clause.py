"""The visit named by its guest ("the visit of the Foreign Minister of Peru"),
made the subject of a clause of its own: "the visit of the Foreign Minister of Peru
takes place in the year of ...", "... comes at an important moment", "... is the
first in a decade".  The place after that clause's verb is no host: the guest
came to the issuer. So is a purpose told by "to" and a verb: "The aim of the visit of
the Foreign Minister of Kenya was to show Kenya's support", "... aimed to deepen
ties with Ghana" (the "to" opens no destination)."""

from __future__ import annotations

import re

from ._recognise import Sentence

__all__ = ["guest_clause_verb", "purpose_after", "purpose_verb"]

#: the verb of a clause whose subject is the visit itself
_VISIT_AS_SUBJECT = re.compile(
    r"\s(?:takes|took|will\s+take|has\s+taken)\s+place\b|\s(?:comes|came|will\s+come)\s+"
    r"(?:at|in|as|after|amid)\b|\s(?:coincides|coincided|will\s+coincide)\s+with\b|"
    r"\s(?:is|was|will\s+be|marks|marked|will\s+mark|represents|represented|opens|opened|"
    r"gives|gave|will\s+give|provides|provided)\s+(?:the|a|an|another|yet|also|"
    r"of|very|truly|particularly|an?\s+important)\b|"
    # ("the state visit by the King of A is serving as an opportunity for ...", "...
    # offered a chance to", "... has served as a platform")
    r"\s(?:serves|served|is\s+serving|was\s+serving|has\s+served|will\s+serve|offers|"
    r"offered|is\s+offering|was\s+offering|has\s+offered|will\s+offer|affords|afforded)"
    r"\s+(?:as|an?|the|both|us)\b|"
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


#: the verb that tells a visit's purpose, right before its "to" and infinitive
_PURPOSE_BEFORE = re.compile(r"\s(?:is|was|will\s+be|aims?|aimed|seeks?|sought|serves?|served|"
                             r"helps?|helped|will\s+help|hopes?|hoped|intends?|intended|"
                             # ("is expected to reinforce", "was also meant to show")
                             r"(?:is|was|will\s+be)\s+(?:also\s+)?(?:intended|meant|designed|"
                             r"aimed|expected|set|likely|supposed|planned))\s+$")
#: an infinitive after "to": a word in lower case that is no article or determiner
_INFINITIVE = re.compile(r"to\s+(?:further\s+|personally\s+|also\s+)?(?!the\b|a\b|an\b|"
                         r"his\b|her\b|their\b|its\b|our\b|this\b|that\b)[a-z]+\b")


def purpose_verb(s: Sentence, a: int, to: int) -> int | None:
    """Where the verb of a purpose clause stands when "to" at ``to`` (after the guest
    named from ``a``) opens an infinitive ("was to congratulate"), or None."""
    before = _PURPOSE_BEFORE.search(s.text, a, to)
    if before is None or not _INFINITIVE.match(s.text, to):
        return None
    return before.start()


#: "to" and a verb in lower case, no determiner, after "trip to": the trip's purpose
#: ("made the trip to thank the Government of Kenya", "to personally convey"), not its
#: host ("trip to Kenya", "to neighbouring countries", "to both countries")
_PURPOSE_AFTER = re.compile(
    r"\s+(?:officially\s+|personally\s+|further\s+|also\s+)?(?!(?:the|an?|our|his|her|"
    r"their|its|this|that|these|those|both|each|several|some|two|three|four|five|six|seven|"
    r"various|other|many|all|neighbou?ring|member|partner|countries|nations)\b)[a-z]+\b")


def purpose_after(s: Sentence, to_end: int) -> bool:
    """Whether a purpose (an infinitive) follows the "to" ending at ``to_end``."""
    return _PURPOSE_AFTER.match(s.text, to_end) is not None
