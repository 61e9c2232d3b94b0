"""An event told twice by the layout of a page, not twice held: the title names it
("Minister A's meeting with the Head of the Party's International Department, 23
March 2019") and the text below tells it ("The Head of the Department called on
Minister A today"); a photo caption under the text tells it again ("Photo caption:
Call on Minister A by B at the Ministry on 23 March"). One record each: the body's
(the title's only where the body tells it with the same sides and day; a caption's
only where an event of the same sides and day was told above it).

A news listing copied without its layout runs an item's day into its headline and its
headline into its lead ("05.09.2023Minister A meets the Ambassador of ChileMinister A
met today with ..."): the headline is read as a sentence (it may be the only telling:
"... call with Secretary BThe conversation focused on ..."), and its event is dropped
where the lead on the same line tells it with the same sides, whatever day the lead
gives it (the headline's day is the listing's; headline's talks the lead tells as a call
are that call)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import Record
from ._segment import GLUED_DAY_LINE

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


def _run_on_headline(r: Record, text: str) -> int | None:
    """Where the line of ``r``'s source ends, when the source is a listing's headline
    glued to its day and run into its lead (see the module's docstring)."""
    src = r.source
    if src is None or (src.start > 0 and text[src.start - 1] != "\n") \
            or src.end >= len(text) or text[src.end].isspace() \
            or not GLUED_DAY_LINE.match(text, src.start, src.end):
        return None
    end = text.find("\n", src.end)
    return len(text) if end < 0 else end


def _told_by_lead(r: Record, text: str, lead: set[tuple]) -> bool:
    """Whether ``r`` is a run-on headline's event that its lead tells (talks in the
    headline that the lead tells as a call are that call: "A talks with BThe two spoke
    by phone")."""
    end = _run_on_headline(r, text)
    if end is None:
        return False
    # (the headline's day is the listing's; the lead's own day may be another: "05.11.2021
    # A visits MadridOn 4-5 November, A visited Madrid" is one visit, the lead's)
    k = _key(r)[:-1]
    undated = {(key[:-1], e) for key, e in lead}
    return (k, end) in undated or (r.type == "meeting" and (("call",) + k[1:], end) in undated)


def told_by_layout(records: Iterable[Record], text: str) -> Iterator[Record]:
    """``records`` less a title's event told below it, a caption's event told above
    it and a listing's headline's event told by its lead (see the module's docstring)."""
    rs = list(records)
    if text:
        lead: set[tuple] = set()
        for r in rs:
            line_end = _run_on_headline(r, text)
            if line_end is not None:
                lead |= {(_key(o), line_end) for o in rs if o.source is not None
                         and r.source is not None and r.source.end <= o.source.start < line_end}
        rs = [r for r in rs if r.type not in _KINDS or not _told_by_lead(r, text, lead)]
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
