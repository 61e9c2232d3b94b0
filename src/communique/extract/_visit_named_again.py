"""A visit named again with no day of its own: after a visit told in a readout, a
sentence that names a visit of the same visitor to the same host by a definite noun
phrase ("Blinken praised the results of the visit of the Ghanaian leader", "The
Deputy Prime Minister spoke highly of Mr Field's visit to Cambodia", "His visit was
the first in a decade") and tells no date of its own is that visit again, not a second
one dated by the page's day or the day the text went on with. A visit told as another
("the next visit", "a return visit", "his previous visit") or with a date of its own
stays a record of its own; year-end reviews, which count visits, are left as they are."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import Record
from ._dates import find_dates

__all__ = ["visit_named_again"]

#: a visit named by a definite noun phrase: "the visit of", "this visit", "Mr A's visit",
#: "his official visit" (up to two words between the determiner and the noun)
_DEFINITE = re.compile(r"(?:\b(?:the|this|that|his|her|their)\s+|[\w.][’']s\s+)"
                       r"(?P<mods>(?:[\w-]+\s+){0,2}?)visit\b(?!s)", re.I)
#: words that make the visit another occasion
_ANOTHER = re.compile(r"\b(?:next|previous|last|upcoming|forthcoming|future|planned|return|"
                      r"reciprocal|another|earlier|past|second|third|new|proposed|possible|"
                      r"expected|coming|recent)\b", re.I)


def _named_again(text: str) -> bool:
    m = _DEFINITE.search(text)
    return m is not None and not _ANOTHER.search(m.group("mods")) \
        and not _ANOTHER.search(text, max(0, m.start() - 12), m.start())


def visit_named_again(records: Iterable[Record], review: bool) -> Iterator[Record]:
    """``records`` less each visit named again as above."""
    told: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
    told_in: dict[tuple[tuple[str, ...], tuple[str, ...]], int] = {}
    for r in records:
        if r.type != "visit" or review or r.source is None:
            yield r
            continue
        key = (tuple(r.from_), tuple(r.to))
        if key in told and told_in[key] != r.source.start and _named_again(r.source.text) \
                and not find_dates(r.source.text):
            continue
        if key not in told:
            told.add(key)
            told_in[key] = r.source.start
        yield r
