"""How many officials talks are held with when each is named after a preposition of
its own (see :func:`communique.extract._frame_symmetric`): "held talks with him and
with Sultan A", or the hosts of a passive, "was received first by A and then by B"."""

from __future__ import annotations

import re

from ._frame_rules import _NEXT_PREDICATE
from ._officials_included import list_end
from ._recognise import Sentence

__all__ = ["with_each"]


def with_each(s: Sentence, a: int, b: int) -> int:
    """How many officials talks are held "with", each in a "with" of its own: "held
    talks with him and with Sultan A", "with his counterpart, A, and with the Prime
    Minister" (two); a second "with" naming no one by title or name
    ("and with representatives of business") adds none. So for the hosts of a passive,
    each after a "by" of its own ("received by A and then by B")."""
    verb = _NEXT_PREDICATE.search(s.text, a, b)
    b = verb.start() if verb else b
    # "met her counterpart, A, in Rome: 'We agree', the Minister said": a colon or a
    # quotation ends the list (the speaker's title after it is no one met)
    b = list_end(s.text, a, b)
    if re.search(r"\bby\s*$", s.text[max(s.start, a - 6):a]):
        # the passive, each host in a "by" of its own: "was received first by the
        # Foreign Minister and then by the Speaker" (two)
        return 1 + len(_AND_BY.findall(s.text, a, b))
    if not re.search(r"\bwith\b", s.text[max(s.start, a - 6):b]):
        return 1
    return 1 + len(_AND_WITH.findall(s.text, a, b))


#: ", and with the Prime Minister", " and also with Sultan A": a second person met
_AND_WITH = re.compile(r",?\s+and\s+(?:also\s+)?with\s+(?:the\s+|his\s+|her\s+|their\s+)?"
                       r"(?=[A-Z])")
#: " and then by the Speaker", ", later by President A": a second host of the passive
_AND_BY = re.compile(r"(?:,?\s+and\s+(?:(?:then|later|afterwards|finally|also)\s+)?|,\s*(?:then|"
                     r"later|afterwards|finally)\s+)by\s+(?:the\s+|his\s+|her\s+|their\s+)?"
                     r"(?=[A-Z])")
