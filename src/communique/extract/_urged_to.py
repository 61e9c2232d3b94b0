"""A country named in what one official urged, asked or pressed the other to do:
"pressed Minister A to halt arms deliveries into Ukraine", "asked her counterpart
to allow grain shipments to leave", "pressed him to resume talks with Egypt". The
infinitive after the person urged tells a topic of the talk; its countries are no sides
(the person urged, before "to", still is). Not "invited ... to": an invitation to visit
names its host."""

from __future__ import annotations

import re

from ._gate import Gated
from ._recognise import Ent, Sentence

__all__ = ["urged_to"]

_URGED = Gated(re.compile(
    r"\b(?:urg(?:ed|es|ing|e)|press(?:ed|es|ing)|ask(?:ed|s|ing)|encourag(?:ed|es|ing|e)|"
    r"request(?:ed|s|ing)|implor(?:ed|es|ing)|call(?:ed|s|ing)?\s+(?:up)?on|"
    r"appeal(?:ed|s|ing)?\s+to)\s+"
    # the person urged, up to eight words, maybe set off by commas
    r"[^.;:]{1,90}?\s+to\s+(?!(?:the|an?|his|her|their|its)\b)(?-i:[a-z])[a-z-]+\b"
    # (to the country, with no new clause between: "asked A to convey thanks, and later
    # met the Foreign Minister of Korea" is a meeting with Korea)
    r"(?:(?!,\s*(?:and|but|then|while|before|after|where|which)\b|\band\s+(?:later|then|also|"
    r"afterwards|subsequently)\b)[^.;:])*$", re.I))


def urged_to(s: Sentence, e: Ent) -> bool:
    """Whether ``e`` stands in the infinitive after a person urged or asked."""
    return bool(_URGED.search(s.text, max(s.start, e.start - 200), e.start))
