"""A meeting named as one of a counted set ("I attended four summit meetings, including
the Norway-Canada summit meeting", "held six bilateral meetings, including one with the
Prime Minister of Canada") and told elsewhere in the text on its own day is that
meeting: the count's sentence adds no second one dated by the page's day or its week.
A meeting of the count that is told nowhere else stays."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import Record
from ._dates import find_dates

__all__ = ["included_then_told"]

#: meetings counted, then one named after "including" (or "among them", "one of them",
#: "among which", "notably", "such as")
_COUNTED_INCLUDING = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|"
    r"numerous|a number of)\s+(?:[\w-]+\s+){0,2}?(?:meetings|summits|talks|encounters)\b"
    r"[^.;]{0,40}?,?\s+(?:including|among\s+(?:them|these|which)|(?:one|two)\s+of\s+"
    r"(?:them|these|which)|notably|such\s+as)\b", re.I)


def _key(r: Record) -> tuple:
    return (r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations))


def included_then_told(records: Iterable[Record], review: bool) -> Iterator[Record]:
    """``records`` less each meeting of a count told again on its own day."""
    rs = list(records)
    if review:
        yield from rs
        return
    dated = [(r.source.start, _key(r), r.date.start or "") for r in rs
             if r.type == "meeting" and r.source is not None
             and len(r.date.start or "") == 10]
    for r in rs:
        src = r.source
        if r.type == "meeting" and src is not None and _COUNTED_INCLUDING.search(src.text):
            own = find_dates(src.text)
            if any(start != src.start and key == _key(r)
                   and (not own or day.startswith(r.date.start or "-"))
                   for start, key, day in dated):
                continue
        yield r
