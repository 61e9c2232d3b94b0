"""An event named inside a reported question: "Senator A asked the Minister to report on
her latest talks with the Polish Foreign Minister", "Mr B asked the Minister
whether she had discussed the matter with the US Secretary of State", "Mr C asked the
Foreign Secretary if he has met the Ambassador of China", and a parliament's written
question, which opens on "To ask" ("To ask the Minister for Foreign Affairs the talks he
has held with ...", "To ask the Secretary of State what meetings he had ..."). What is
asked about is not told as held (a question reports no event, as a sentence ending in
"?" does not); the answer, when it follows, tells the event with its own day (used by
:mod:`communique.extract._not_held`)."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["asked_about"]

#: a question put to someone, then what it asks: "asked the Minister for Trade to
#: report on", "asked the Minister if", "asks the Government whether",
#: "asked the Foreign Secretary to outline the outcome of" (no sentence break, no
#: answer opened between)
_ASKED = re.compile(
    r"\b(?:asked|asks|asking|questioned|enquired\s+of|inquired\s+of)\s+(?:the\s+|his\s+|her\s+)?"
    r"(?-i:[A-Z])[^.;?]{0,120}?\s+(?:to\s+(?:report|outline|detail|give\s+details|set\s+out|"
    r"update|explain|describe|clarify|comment)\b|if\b|whether\b)"
    r"(?:(?!\b(?:replied|answered|responded|said|says)\b)[^.;?]){0,160}$", re.I)

#: a written question's formula opening the sentence (after its number or label, if any):
#: "To ask the Minister for ...", "115. To ask the Secretary of State ...", "Question 7:
#: To ask ...", "PQ 1234/23 - To ask ..."
_TO_ASK = re.compile(r"[\s\W]*(?:(?:(?:Parliamentary\s+)?Questions?|PQ|No\.)\s*)?"
                     r"(?:[\d/]+[.:]?\s*[-–—:]?\s+)?To\s+ask\s+(?:the|his|her)\s+(?-i:[A-Z])")


def asked_about(s: Sentence, t: Trigger) -> bool:
    """Whether ``t`` is named in what a reported question asks (see the module's
    docstring)."""
    return _ASKED.search(s.text, max(s.start, t.start - 320), t.start) is not None \
        or _TO_ASK.match(s.text, s.start, t.start) is not None
