"""Organisations met at "meetings" in the plural, beside a country's official.

"held meetings with the Belgian premier and EU leaders", "held meetings with Kenyan
ministers and officials of the African Union": the plural tells the parties apart, so
an organisation named after the trigger is a counterpart of its own, even when titles
stand between it and the country (the list of entities is no plain list then).
"""

from __future__ import annotations

import re

from ._frame_basics import PARTIES_APART
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["orgs_met_apart", "qualifies_others"]


def orgs_met_apart(s: Sentence, t: Trigger, rb: int, orgs: list[str]) -> list[str]:
    """The organisations (of ``orgs``, the sentence's parties) named after a plural
    meeting trigger and before ``rb``, in order; none for a singular trigger."""
    if not PARTIES_APART.search(t.text):
        return []
    return list(dict.fromkeys(e.code for e in s.ents if e.kind == "org" and e.code in orgs
                              and t.end <= e.start and e.end <= rb))


#: a body naming whose members the counterparts are, the countries listed next:
#: "NATO counterparts, including A", "EU colleagues from A and B", "OSCE partners: A"
_OF_MEMBERS = re.compile(r"\s+(?:[\w-]+\s+)?(?:counterparts|colleagues|partners|allies)"
                         r"(?:,?\s+(?:including|namely|such\s+as|notably|among\s+them|"
                         r"in\s+particular|from|of)\b|\s*:)", re.I)
#: a body named in brackets as the role of the country before it: "Spain (EU
#: Presidency)", "Malta (OSCE Chair)", "Chile (chair of the G20)"
_ROLE_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:presidency|chair(?:manship|person)?|"
                         r"presiding\s+country|host)\s*\)", re.I)
_ROLE_BEFORE = re.compile(r"\(\s*(?:(?:current|incoming|outgoing|rotating)\s+)?"
                          r"(?:(?:presidency|chair(?:manship)?|host)\s+of\s+(?:the\s+)?)?$",
                          re.I)
_ROLE_OF_AFTER = re.compile(r"\s*\)")


def qualifies_others(s: Sentence, start: int, end: int) -> bool:
    """Whether the body named at ``start``-``end`` only says who the counterparts are
    ("NATO counterparts, including A and B") or is a listed country's role in
    brackets ("Spain (EU Presidency)"): no side of its own then."""
    before = s.text[max(s.start, start - 40):start]
    if (b := _ROLE_BEFORE.search(before)) is not None:
        if _ROLE_AFTER.match(s.text, end, s.end) and b.group().strip() == "(":
            return True
        if b.group().strip() != "(" and _ROLE_OF_AFTER.match(s.text, end, s.end):
            return True  # "(chair of the G20)"
    return _OF_MEMBERS.match(s.text, end, s.end) is not None
