"""A meeting told in a phrase that opens the sentence ("Having met his Togolese
counterpart, the Minister then addressed the press", "After receiving the Ambassador
of Chile, the President ...", "During a courtesy call by the Ambassador of A, the
Minister ..."): those met end at the comma that closes the phrase;
the title after it is the main clause's subject, no second official met."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["opener_end"]

#: the words that open such a phrase, right before the trigger
_OPENS = re.compile(r"\W*(?:(?:shortly|soon|immediately|just|right)\s+)?(?:having|after|following|"
                    r"upon|on|before|when|while|since|during|at|in\s+the\s+course\s+of)\s+(?:(?:his|her|their|the|a|an|this)\s+)?"
                    r"(?:[\w-]+\s+)?$", re.I)
#: the comma that ends it, the main clause after it
_COMMA = re.compile(r"[^,;.]{1,120}?,\s+")


def opener_end(s: Sentence, t: Trigger, end: int) -> int:
    """Where those met by the trigger ``t`` end: at the comma closing the opening
    phrase it stands in, else ``end``."""
    if not _OPENS.fullmatch(s.text, s.start, t.start):
        return end
    m = _COMMA.match(s.text, t.end, end)
    return m.start() + len(m.group(0).rstrip().rstrip(",")) if m else end
