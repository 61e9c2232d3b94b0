"""Consultations or a commission named among the fields a document or cooperation
covers ("the memoranda are in the areas of political consultations, culture and
sport", "cooperation in fields such as consular consultations and trade", "cooperation
across sectors, including political consultations and tourism", "their ties,
including regular consultations", "many sectors, among them political consultations",
"in several domains, for instance consular consultations") are a topic, not a round held."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["field_named"]

#: the words that open an example after a comma ("many sectors, among them political
#: consultations", "in several domains, for instance political consultations")
_EXAMPLE = (r"among\s+them|among\s+others|for\s+instance|for\s+example|e\.g\.|notably|"
            r"in\s+particular|particularly|especially|namely")

#: "in the areas of", "on the fields of", "spheres such as", "sectors including",
#: then the list up to the trigger: bare words and commas, no verb of a clause of its
#: own and no article or ordinal of a session ("In the field of cooperation, the 4th
#: session of the Joint Commission took place": a session held)
_FIELDS_OF = re.compile(
    # (a comma before the list too: "across various sectors, including political
    # consultations", "their ties, such as regular consultations and trade")
    r"(?i)\b(?:(?:areas?|fields?|spheres?|domains?|sectors?)(?:\s+(?:of|such\s+as|like|including)|"
    r",\s+(?:such\s+as|like|including|" + _EXAMPLE + r"))|"
    r"(?:cooperation|collaboration|partnership|ties|relations),?\s+(?:such\s+as|including|"
    + _EXAMPLE + r")|"
    # (a cooperation's fields listed straight after it: "cooperation in trade,
    # investment, political consultations and culture")
    r"(?:cooperation|collaboration|partnership|ties)\s+(?:in|on)(?=\s+[\w'’-]+,))"
    r"\s+(?:(?!(?:was|were|is|are|held|had|hold|holds|took|also|then|the|an?|its|their|his|"
    r"her|our|session|meeting|round|sitting|\d+(?:st|nd|rd|th)|first|second|third)\b)"
    r"[\w'’-]+,?\s+){0,8}$")


#: the sentence opened by the field ("In the area of security, consultations were
#: held ..."): the comma ends the opener, what follows is the sentence's own clause
_OPENER = re.compile(r"(?i)\s*(?:[\"“‘(]\s*)?(?:in|within|on)\s+(?:the\s+)?$")


def field_named(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """Whether the consultation or commission trigger is one field of a list of the
    areas something covers."""
    if t.type not in ("consultation", "commission"):
        return False
    m = _FIELDS_OF.search(s.text, max(cl[0], t.start - 100), t.start)
    return m is not None and not (_OPENER.fullmatch(s.text, s.start, m.start())
                                  and "," in s.text[m.start():t.start])
