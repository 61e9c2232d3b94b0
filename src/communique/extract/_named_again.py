"""An event named again by a definite noun in another medium than it was told in:
a call told first, then "During the talks, the ministers discussed ..."; a
ministers' session told first, then "The meeting, chaired by A and B, was held by
video link"; talks told first ("held discussions with B"), then "... were raised
during the phone conversation". The later sentence tells more of the event told
before (its mode, its chairs, its topics); it is no event of its own, and the
countries it names (chairs, topics) are no partners.

Only a sentence that names the event by "the" (or "this", "that") and nothing
else: one with a verb of meeting or calling of its own, partners after the noun
("the meeting with A"), or a date of its own tells another event."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import Record
from ._dates import find_dates

__all__ = ["named_again"]

#: the event nouns a definite mention may use
_NOUN = (r"(?:talks|meeting|conversation|call|videoconference|video\s+conference|"
         r"teleconference|discussions?|exchange)")
#: the event named by "the" after a preposition or as the sentence's subject
#: ("During the talks,", "at this meeting", "The meeting, which ...")
_DEFINITE = re.compile(
    r"(?:\b(?:during|in|at|throughout|over|after|following)\s+|^\W*)(?:the|this|that)\s+"
    r"(?:[\w'’-]+\s+){0,2}?" + _NOUN + r"\b(?!\s+(?:with|between|of|among|on\s+the\s+"
    r"(?:margins|sidelines))\b)(?![\w-])", re.I)
#: what tells an event of its own in the sentence
_OWN = re.compile(r"\b(?:met|meets|meet|meeting\s+with|received|receives|visited|visiting|"
                  r"phoned|telephoned|called|rang|spoke\s+(?:with|to)|talked\s+(?:with|to)|"
                  r"held\s+(?:an?|talks|separate)|had\s+(?:an?|talks|separate)|hosted|signed|"
                  r"another|second|separate(?:ly)?|also\s+(?:met|held|had))\b", re.I)
#: the kinds of event a definite mention may name again
_EVENTS = frozenset({"call", "meeting", "multilateral"})
#: how far (characters) the mention may stand from the event told before
_REACH = 900


def named_again(records: Iterable[Record], text: str) -> Iterator[Record]:
    """The records, less a call or meeting whose sentence names by a definite noun
    the event of another kind told just before (see the module's docstring)."""
    last: Record | None = None
    for r in records:
        src = r.source
        if r.type in _EVENTS and src is not None and last is not None \
                and last.source is not None and last.type != r.type \
                and r.type in ("call", "meeting") \
                and 0 < src.start - last.source.end <= _REACH \
                and _DEFINITE.search(src.text) and not _OWN.search(src.text) \
                and not find_dates(text, src.start, src.end):
            continue  # the event told before, named again in another medium
        if r.type in _EVENTS and src is not None:
            last = r
        yield r
