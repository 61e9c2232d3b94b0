"""A place listed after a trip's "to" is no visitor of a visit told after it in the
sentence: "The President made state visits to Japan (March) and Korea (March), as well as
an official visit to Brazil (August)" (Korea was gone to; the President went to Brazil).
The first place of such a list is caught by the words right before it ("to Japan"); the
places coordinated after it are caught here."""

from __future__ import annotations

import re

from ._recognise import Ent, Sentence

__all__ = ["gone_to_listed"]

#: what a place of the list is gone to after: "to", "visited", "toured"
_GONE_TO = re.compile(r"\b(?:to|visited|visiting|toured|touring)\s+(?:the\s+)?$")
#: between two places of one list, each with its time beside it: " (March) and ", ", "
_LIST_GAP = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:,\s*and|,|and)\s+(?:the\s+)?")


def gone_to_listed(s: Sentence, e: Ent) -> bool:
    """Whether ``e`` is a later place of a list whose first place is gone to."""
    places = sorted((x for x in s.ents if x.kind in ("country", "city", "adj")
                     and x.end <= e.start and x.start >= s.start), key=lambda x: x.start)
    cur = e
    while places and _LIST_GAP.fullmatch(s.text, places[-1].end, cur.start):
        cur = places.pop()
    return cur is not e and _GONE_TO.search(s.text, max(s.start, cur.start - 20),
                                            cur.start) is not None
