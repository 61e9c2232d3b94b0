"""A sentence opened by the words a speaker said, then the speaker and the occasion:
"“We stand with Moldova”, the Minister declared after meeting the Polish Foreign
Minister". The countries in the quotation are what was said, not the sides of the
meeting told after it (used by :mod:`._frame_symmetric`)."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["quote_opener_end"]

#: a quotation opening the sentence, closed, then a comma (inside or after it; or a
#: question or exclamation mark inside) and the speaker: curly, straight or angled quotes
_OPENING_QUOTE = re.compile(r"\s*(?:“[^”“\n]{12,}”|\"[^\"\n]{12,}\"|«[^»«\n]{12,}»|"
                            r"„[^“”„\n]{12,}[“”])(?:(?<=[,!?][”\"»“])|\s*(?=,|[–—-]\s))")
#: what was said: a quotation of a few words at least (not a name set in quotes)
_WORDS = re.compile(r"\w+(?:\W+\w+){3,}")


def quote_opener_end(s: Sentence, t: Trigger, la: int) -> int:
    """Where the region of ``t`` starts when the sentence opens, at or after ``la``,
    with a quotation closed before ``t`` and followed by its speaker: after it; ``la``
    otherwise (a trigger inside the quotation keeps it)."""
    m = _OPENING_QUOTE.match(s.text, s.start)
    if m is None or m.start() < la - 1 or m.end() > t.start or not _WORDS.search(m.group()):
        return la
    return max(la, m.end())
