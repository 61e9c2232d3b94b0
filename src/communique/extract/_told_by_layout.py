"""An event told twice by the layout of a page, not twice held: the title names it
("Minister A's meeting with the Head of the Party's International Department, 23
March 2019") and the text below tells it ("The Head of the Department called on
Minister A today"); a photo caption under the text tells it again ("Photo caption:
Call on Minister A by B at the Ministry on 23 March"). One record each: the body's
(the title's only where the body tells it with the same sides and day; a caption's
only where an event of the same sides and day was told above it)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import Record

__all__ = ["told_by_layout"]

#: a photo's caption: "Photo caption:", "Photo:", "Caption:", "Pictured:"
_CAPTION = re.compile(r"\W*(?:photo\s*caption|caption|photo|picture|pictured)\s*[:\-–]", re.I)
#: the events whose tellings are matched (a visit's too)
_KINDS = frozenset({"meeting", "call", "visit", "consultation", "agreement"})


def _key(r: Record) -> tuple:
    return (r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations), r.date.start)


def _title_end(text: str) -> int:
    """Where the title line ends, or 0 when the text opens with no title (a first line
    of 200 characters or more, or one that ends a sentence)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)].rstrip()
    if end < 0 or not line or len(line) >= 200 or line.endswith((".", "!", "?")):
        return 0
    return end


def told_by_layout(records: Iterable[Record], text: str) -> Iterator[Record]:
    """``records`` less a title's event told below it and a caption's event told above
    it (see the module's docstring)."""
    rs = list(records)
    title = _title_end(text)
    body = {_key(r) for r in rs if r.source is not None and r.source.start >= title
            and not _CAPTION.match(r.source.text)}
    above: set[tuple] = set()
    for r in rs:
        if r.type in _KINDS and r.source is not None and r.date.start:
            k = _key(r)
            if title and r.source.end <= title and k in body:
                continue  # the title's event, told below it
            if _CAPTION.match(r.source.text) and k in above:
                continue  # the caption's event, told above it
            above.add(k)
        yield r
