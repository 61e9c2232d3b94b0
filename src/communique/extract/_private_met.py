"""Private people met: "met with Thai businessmen investing in Portugal", "met a group
of Korean students", "met leading Indian entrepreneurs at a forum". People who hold no
office stand for no government: a meeting whose whole object is such people is no
meeting between two sides (whoever the subject is), though a list that also names an
official ("met Kenyan investors and the Minister of Trade") keeps its official's side.
"""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["PRIVATE_PEOPLE", "private_people_met"]

#: the object of "met": people by an occupation, perhaps named by a nationality, with
#: no second member of a list after them ("and", "as well as", a comma and a capital)
_PRIVATE = re.compile(
    r"\s+(?:with\s+)?(?:(?:an?\s+)?(?:group|number|delegation|circle)\s+of\s+)?"
    r"(?:(?:the|some|several|many|leading|prominent|local|young)\s+)?"
    r"(?:[A-Z][\w'’-]+\s+)?(?:business(?:m[ae]n|wom[ae]n|people|persons)|business\s+"
    r"(?:leaders|owners|people|executives)|entrepreneurs|investors|journalists|students|"
    r"scholars|academics|artists|athletes)\b"
    r"(?!\s*(?:,\s*(?:with\s+)?(?:the\s+)?[A-Z]|(?:and|as\s+well\s+as)\s+(?:with\s+)?(?:the\s+)?"
    r"(?:[A-Z]|(?:[\w-]+\s+){0,3}(?:minister|president|officials?|ambassador|"
    r"secretary|counterpart)\b)))")


#: such people as a title found in a list of those met ("the Minister of Commerce and
#: Indian businessmen"): no second person met for a record of their own
PRIVATE_PEOPLE = re.compile(r"(?:business(?:m[ae]n|wom[ae]n|people|persons)|business\s+"
                            r"(?:leaders|owners|people|executives)|entrepreneurs|investors|"
                            r"journalists|students|scholars|academics|artists|athletes)\b",
                            re.I)


def private_people_met(s: Sentence, t: Trigger) -> bool:
    """Whether the meeting ``t`` has private people as its whole object (see the
    module's docstring)."""
    return _PRIVATE.match(s.text, t.end, s.end) is not None
