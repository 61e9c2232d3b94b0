"""Private people met: "met with Thai businessmen investing in Portugal", "met a group
of Korean students", "met leading Indian entrepreneurs at a forum". People who hold no
office stand for no government: a meeting whose whole object is such people is no
meeting between two sides (whoever the subject is), though a list that also names an
official ("met Kenyan investors and the Minister of Trade") keeps its official's side.
Such people may also be the subject, the meeting told in the passive or from their side
("Chilean investors were received by the Minister", "A group of Peruvian entrepreneurs
met with the Minister"); representatives of companies ("representatives of Chilean
businesses") are such people too, and so is a company's chief executive met alone
("discussions were held with Mr A, Chief Executive Officer, on tourism"), and so is a
leader's spouse, the First Lady, met or meeting alone ("First Lady A met with the spouse
of the Prime Minister of Japan").
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
    r"scholars|academics|artists|athletes|representatives\s+of\s+(?:[A-Z][\w'’-]+\s+)?"
    r"(?:businesses|companies|firms|enterprises))\b"
    r"(?!\s*(?:,\s*(?:with\s+)?(?:the\s+)?[A-Z]|(?:and|as\s+well\s+as)\s+(?:with\s+)?(?:the\s+)?"
    r"(?:[A-Z]|(?:[\w-]+\s+){0,3}(?:minister|president|officials?|ambassador|"
    r"secretary|counterpart)\b)))")


#: such people as the whole subject before the meeting's trigger, perhaps passive:
#: "Chilean investors were received by", "A group of Peruvian entrepreneurs met with"
_PRIVATE_SUBJECT = re.compile(
    r"^\W*(?:(?:an?\s+)?(?:group|number|delegation|circle)\s+of\s+)?(?:(?:the|some|several|"
    r"many|leading|prominent|local|young)\s+)?(?:[A-Z][\w'’-]+\s+)?(?:business(?:m[ae]n|"
    r"wom[ae]n|people|persons)|business\s+(?:leaders|owners|people|executives)|entrepreneurs|"
    r"investors|journalists|students|scholars|academics|artists|athletes|representatives\s+"
    r"of\s+(?:[A-Z][\w'’-]+\s+)?(?:businesses|companies|firms|enterprises))\s+"
    r"(?:(?:were|was|have\s+been|had\s+been)\s+)?$", re.I)


#: such people as a title found in a list of those met ("the Minister of Commerce and
#: Indian businessmen"): no second person met for a record of their own
PRIVATE_PEOPLE = re.compile(r"(?:business(?:m[ae]n|wom[ae]n|people|persons)|business\s+"
                            r"(?:leaders|owners|people|executives)|entrepreneurs|investors|"
                            r"journalists|students|scholars|academics|artists|athletes)\b",
                            re.I)


#: a company's chief executive as the one person met, by his title alone or "its"
#: ("discussions were held with Mr A, Chief Executive Officer, on tourism", "held talks
#: with its CEO, Ms B"): a firm's head, no side (not "the CEO of <a body>", nor one of a
#: list: "with Mr A, CEO, and the Minister of Tourism")
_EXEC = r"(?:Chief\s+Executive(?:\s+Officer)?|CEO|Chief\s+Operating\s+Officer)"
_NAME = r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}"
_EXECUTIVE = re.compile(
    r"\s+(?:with\s+)?(?:" + _NAME + r",\s+(?:the\s+|its\s+)?" + _EXEC
    + r"|(?:its|the)\s+" + _EXEC + r"(?:,\s+" + _NAME + r")?)"
    r"(?!\s+of\b)(?=\s*[.;]|\s*$|,?\s+(?:on|about|regarding|concerning)\b|"
    r",\s+(?!(?:and|as\s+well\s+as)\b)(?-i:[a-z]))", re.I)


#: a leader's spouse, who holds no office: "met the spouse of the Prime Minister of
#: Japan", "met the First Lady of Kazakhstan" as the whole object (not one of a list:
#: "the President and the First Lady of Ghana"), or "First Lady A", "The First Lady of
#: Korea, B," as the whole subject (not "The President and the First Lady welcomed")
_SPOUSE = r"(?:spouses?|wi(?:fe|ves)|husbands?|First\s+Lad(?:y|ies)|First\s+Gentlem[ae]n)"
_SPOUSE_MET = re.compile(
    r"\s+(?:with\s+)?(?:the\s+|his\s+|her\s+)?(?:[A-Z][\w'’-]+\s+)?" + _SPOUSE + r"\b"
    r"(?![^.;]*?\b(?:and|as\s+well\s+as)\s+(?:with\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?-i:President|Prime|Minister|King|Emir|Chancellor|Ambassador)\b)", re.I)
_SPOUSE_SUBJECT = re.compile(r"^\W*(?:the\s+)?(?:First\s+Lady|First\s+Gentleman)\b"
                             r"(?![^;]*\b(?:and|with)\b)[^;]{0,100}$", re.I)


def private_people_met(s: Sentence, t: Trigger) -> bool:
    """Whether the meeting ``t`` has private people as its whole object (see the
    module's docstring)."""
    return _PRIVATE.match(s.text, t.end, s.end) is not None \
        or _EXECUTIVE.match(s.text, t.end, s.end) is not None \
        or _SPOUSE_MET.match(s.text, t.end, s.end) is not None \
        or _PRIVATE_SUBJECT.search(s.text[s.start:t.start]) is not None \
        or _SPOUSE_SUBJECT.search(s.text[s.start:t.start]) is not None
