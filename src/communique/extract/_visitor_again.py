"""A past visit told on by its visitor's name: "The Finnish Minister A B visited
Tallinn in March 2019. A B met with the President and held talks with the Foreign
Minister." The first sentence dates a visit older than the page, which readouts
leave as background (the next sentences do not go on with it); the second opens
on the visitor named again, by full name or surname, as the subject of what they
did there: the visit's time is its time. (A pronoun is left: it may be anyone's.)"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import DateSpan, Record
from ._recognise import Sentence

if TYPE_CHECKING:
    from ._frame_parts import Context

__all__ = ["note_visitor", "visitor_again"]

#: a name (two to four capitalised words) right before a verb of travel
_VISITOR = re.compile(r"((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)"
                      r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?,?\s+"
                      r"(?:(?:also|then|later|first|last|once)\s+)?(?:visited|paid|made|came|"
                      r"travell?ed|arrived|was\s+(?:in|on)|had\s+(?:visited|travell?ed|been))\b")
#: words of a title, never the name itself
_TITLE = frozenset("Minister Ministers President Prime Foreign Affairs Secretary State Deputy "
                   "Vice General Ambassador Chancellor King Queen Emir Speaker Office "
                   "Commonwealth Foreign Of The Mr Mrs Ms Dr".split())


def _name(words: list[str]) -> list[str]:
    """The name at the end of a title and name run ("Minister of State A B": A B)."""
    out: list[str] = []
    for w in reversed(words):
        if w in _TITLE or w.isupper():
            break
        out.insert(0, w)
    return out


def note_visitor(ctx: Context, s: Sentence, recs: list[Record]) -> None:
    """Remember the named visitor of a visit this sentence dates (its own date or
    the page's: a later sentence naming the visitor is then dated as before)."""
    visits = [r for r in recs if r.type == "visit" and r.date.start]
    if not visits:
        if recs:
            ctx.visitor_named = None
        return
    m = _VISITOR.search(s.text, s.start, s.end)
    words = _name(m.group(1).split()) if m else []
    ctx.visitor_named = (" ".join(words), visits[0].date, s.para) if len(words) >= 2 else None


def visitor_again(s: Sentence, ctx: Context) -> DateSpan | None:
    """The date of the visit remembered, when ``s`` opens on its visitor's name."""
    if ctx.visitor_named is None:
        return None
    name, date, para = ctx.visitor_named
    if para != s.para:
        return None
    surname = name.split()[-1]
    opening = re.match(r"\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(" + re.escape(name) + "|"
                       + re.escape(surname) + r")\s+(?:also\s+|then\s+|later\s+)?[a-z]",
                       s.text[s.start:s.end])
    return date if opening else None
