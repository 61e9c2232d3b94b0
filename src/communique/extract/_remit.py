"""A country named in an official's remit is no side.

An office "for" a list of fields may name a country among them: "Deputy
Assistant Secretary for Andean Affairs and Bolivia", "Director for Russia and
Central Asia", "Under-Secretary for the Gulf, Iran and Iraq". The country is
the brief of the office, not the official's country nor a partner met; the
official's own country is named elsewhere ("..., Department of State of X").

Only a list joined by "and" counts, with the country inside it: a country set
off by a bare comma after a title ("Minister for Foreign Affairs, Ireland") is
still the official's own, and so is one after "of" ("Minister for Foreign
Affairs and Trade of Ireland").

A research unit's name is such a remit too: "the Director of the Americas, Brazil and
Andes Program", "the Africa and Nigeria Initiative", "the Japan Chair" (a think
tank's programme, project, chair or desk named for its field).
"""

from __future__ import annotations

import re

__all__ = ["in_remit"]

#: (a title joined to "General": "Director-General for Asia and China")
_OFFICE = (r"\b(?:Minister|Secretary|Director|Directorate|Department|Division|Bureau|"
           r"Office|Envoy|Representative|Coordinator|Commissioner)(?:[- ]General)?\s+"
           r"(?:of\s+State\s+)?for\s+")
_ITEM = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
#: the country after an item and "and" ("for Andean Affairs and Bolivia",
#: "for the Gulf, Iran and Iraq")
_AFTER_AND = re.compile(_OFFICE + r"(?:" + _ITEM + r"\s*,\s*)*" + _ITEM
                        + r"\s*,?\s+and\s+(?:the\s+)?$")
#: the country opening the list, "and" still to come ("for Bolivia and Andean
#: Affairs", "for Iran, Iraq and the Gulf")
_BEFORE_AND = re.compile(_OFFICE + r"(?:the\s+)?$")
_AND_AFTER = re.compile(r"(?:\s*,\s*" + _ITEM + r")*\s*,?\s+and\s+" + _ITEM)
#: what may follow the country at the end of the remit
_END = re.compile(r"\s+(?:Affairs|Issues|Matters)\b|\s*(?:[,;.)]|\s(?:at|in|of|to|on|met|"
                  r"said|visited|during)\b|$)")


#: a unit named for its fields, the country among them: "the Sahel, Nigeria, and
#: Lake Chad Program", "the Japan Chair", "the Mexico Project" (the name opened by an
#: article, each field capitalised, the unit's noun closing it)
_WORDS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
_UNIT_BEFORE = re.compile(r"\b(?:the|a)\s+(?:" + _WORDS + r"\s*,?\s+(?:and\s+)?){0,4}$")
_UNIT_AFTER = re.compile(r"(?:\s*,?\s+(?:and\s+)?(?:the\s+)?" + _WORDS + r"){0,4}?\s+"
                         r"(?:Program|Programme|Initiative|Project|Chair|Desk)\b")


def in_remit(text: str, lo: int, a: int, b: int) -> bool:
    """Whether the country at ``text[a:b]`` (its sentence opening at ``lo``) is one
    of the fields an office is "for", in a list joined by "and", or one a research
    unit is named for ("the Africa and Nigeria Program")."""
    before = text[max(lo, a - 120):a]
    if _UNIT_BEFORE.search(before) and _UNIT_AFTER.match(text, b):
        return True
    if _AFTER_AND.search(before):
        return _END.match(text, b) is not None
    if _BEFORE_AND.search(before):
        m = _AND_AFTER.match(text, b)
        return m is not None and _END.match(text, m.end()) is not None
    return False
