"""An event named again by a definite noun in another medium than it was told in:
a call told first, then "During the talks, the ministers discussed ..."; a
ministers' session told first, then "The meeting, chaired by A and B, was held by
video link"; talks told first ("held discussions with B"), then "... were raised
during the phone conversation". The later sentence tells more of the event told
before (its mode, its chairs, its topics); it is no event of its own, and the
countries it names (chairs, topics) are no partners.

Only a sentence that names the event by "the" (or "this", "that", "their") and
nothing else: one with a verb of meeting or calling of its own, partners after the
noun ("the meeting with A"), or a date of its own tells another event. The noun as
the sentence's subject with the same sides after it ("The phone conversation with
Diaz covered trade" after talks with Diaz) is the event told before, unless it names
another official of a side ("The phone conversation with President B" after talks
with the Foreign Minister).

A sentence that says it tells how the event before came about ("This came as the
Minister received A ...", "This was during the talks ...") tells that event again: a
record of the same kind, sides and day as one of the sentence before is that one."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import Record
from ._dates import find_dates
from ._same_officials import same_occasion

__all__ = ["named_again"]

#: the event nouns a definite mention may use
_NOUN = (r"(?:talks|meeting|conversation|call|videoconference|video\s+conference|"
         r"teleconference|discussions?|exchange)")
#: the event named by "the" after a preposition or as the sentence's subject
#: ("During the talks,", "at this meeting", "The meeting, which ...")
_DEFINITE = re.compile(
    r"(?:\b(?:during|in|at|throughout|over|after|following)\s+|^\W*)(?:the|this|that|their)\s+"
    r"(?:[\w'’-]+\s+){0,2}?" + _NOUN + r"\b(?!\s+(?:with|between|of|among|on\s+the\s+"
    r"(?:margins|sidelines))\b)(?![\w-])", re.I)
#: the event named by "the" as the sentence's subject, its partners after it ("The
#: phone conversation with Diaz covered ...")
_SUBJECT_WITH = re.compile(r"^\W*(?:the|this|that|their)\s+(?:[\w'’-]+\s+){0,2}?" + _NOUN
                           + r"\s+(?:with|between|of)\b", re.I)
#: what tells an event of its own in the sentence (a verb of meeting, or its sides
#: listed)
_OWN = re.compile(r"\b(?:met|meets|meet|meeting\s+with|received|receives|visited|visiting|"
                  r"phoned|telephoned|called|rang|spoke\s+(?:with|to)|talked\s+(?:with|to)|"
                  r"held\s+(?:an?|talks|separate)|had\s+(?:an?|talks|separate)|hosted|signed|"
                  r"another|second|separate(?:ly)?|also\s+(?:met|held|had))\b|"
                  # (its sides listed: "The talks, held at the ministry, included Chile")
                  r"\b(?:included|involved|were\s+with)\s+(?:the\s+)?(?-i:[A-Z])", re.I)
#: the kinds of event a definite mention may name again
_EVENTS = frozenset({"call", "meeting", "multilateral"})
#: how far (characters) the mention may stand from the event told before
_REACH = 900
#: a sentence telling the circumstances of the event before: "This came as", "This was
#: during", "That took place when", "It came on the sidelines of"
_CAME_AS = re.compile(r"^\W*(?:this|that|it)\s+(?:came|comes|was|took\s+place|happened|"
                      r"occurred)\s+(?:as|when|while|during|at|on\s+the\s+(?:sidelines|margins|"
                      r"occasion)|in\s+the\s+course)\b", re.I)


def named_again(records: Iterable[Record], text: str) -> Iterator[Record]:
    """The records, less a call or meeting whose sentence names by a definite noun
    the event of another kind told just before (see the module's docstring)."""
    last: Record | None = None
    before: list[Record] = []  # the records of the sentence before
    current: list[Record] = []
    for r in records:
        src = r.source
        if src is not None and (not current or current[0].source is None
                                or current[0].source.start != src.start):
            before, current = current or before, []
        if src is not None and _CAME_AS.match(src.text) and any(
                b.type == r.type and b.to == r.to and b.from_ == r.from_
                and b.date.start == r.date.start for b in before):
            continue  # "This came as the Minister received A": the event just told
        if src is not None:
            current.append(r)
        if r.type in _EVENTS and src is not None and last is not None \
                and last.source is not None and last.type != r.type \
                and r.type in ("call", "meeting") \
                and 0 < src.start - last.source.end <= _REACH \
                and (_DEFINITE.search(src.text) or (_SUBJECT_WITH.match(src.text)
                                                    and same_occasion(r, last))) \
                and not _OWN.search(src.text) and not find_dates(text, src.start, src.end):
            continue  # the event told before, named again in another medium
        if r.type in _EVENTS and src is not None:
            last = r
        yield r
