""""Reached" as an arrival ("Foreign Secretary A reached Lima on Wednesday"): only a
traveller reaches a place so. A subject that names no one who travels ("The talks
reached Peru", "The news reached Lima") tells no arrival."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["reached_by_no_one"]

_REACHED = re.compile(r"reach(?:ed|es)$", re.I)
#: who travels: an office, a delegation, a pronoun, or a name right before the verb
_TRAVELLER = re.compile(
    r"\b(?:Minister|President|Secretary|Ambassador|Speaker|Envoy|King|Queen|Prince|Emir|"
    r"Chancellor|Premier|Governor|Commissioner|Director|delegation|team|mission|officials?|"
    r"[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\b|(?<=[\w,] )[A-Z][\w’'-]+(?:\s+(?:also|then|finally|"
    r"safely|first))?\s+$")

#: a name alone as the clause's subject ("Thapa reached Lima")
_NAME = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}")


def reached_by_no_one(s: Sentence, a: int, t: Trigger) -> bool:
    """Whether ``t`` is "reached" with no traveller in the clause before it (from ``a``)."""
    return bool(_REACHED.match(t.text)) and not _TRAVELLER.search(s.text, a, t.start) \
        and not _NAME.fullmatch(s.text[a:t.start].strip())
