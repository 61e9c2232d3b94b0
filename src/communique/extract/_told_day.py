"""A meeting's day told in the sentence after it: "The Minister welcomed the new
Ambassador of Canada. The audience was held on Tuesday in the Ministry." The first
sentence names no day, so its meeting took the page's; the next one, which names
the meeting again only to tell when and where it was held, gives its day (a day
of the week before the page's, no other)."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from ..model import DateSpan, Record
from ._dates import find_dates, resolve
from ._frame_parts import Context

__all__ = ["day_told_next"]

#: the next sentence opens on the meeting told and when it was held
_HELD = re.compile(r"\s*(?:The|This|That|These|Those|Their|Our)\s+(?:[\w-]+\s+)?"
                   r"(?:meeting|audience|talks|discussions?|courtesy\s+call)\s+"
                   r"(?:was|were|had\s+been)\s+"
                   r"(?:held|convened)\s+(?=on\s|last\s|yesterday\b)")
#: what such a sentence may date: a meeting, or a round of consultations or a
#: commission's session told as "the meeting" ("held the second consultation
#: meeting ... The meeting was held on 29 September")
_SITTINGS = frozenset({"meeting", "consultation", "commission"})
#: how far after "was held" its day may stand
_REACH = 40


def _day_after(text: str, at: int, ctx: Context) -> str | None:
    """The day the sentence at ``at`` tells a meeting was held on, if it does."""
    m = _HELD.match(text, at)
    if m is None:
        return None
    found = [d for d in find_dates(text, m.end(), min(len(text), m.end() + _REACH))
             if d.start - m.end() <= 3]
    if not found:
        return None
    line = ctx.dateline if isinstance(ctx.dateline, _dt.date) else None
    start, end = resolve(found[0], ctx.year, line).iso()
    return start if start and len(start) == 10 and end is None else None


def day_told_next(records: Iterator[Record], text: str, ctx: Context) -> Iterator[Record]:
    """The records, each meeting dated only by the page's day given the day the
    sentence after it tells it was held on (within the week before the page's)."""
    page = ctx.default.start
    if page is None or len(page) != 10:
        yield from records
        return
    dated: list[tuple[int, Record]] = []  # (where the next sentence starts, the meeting)
    for r in records:
        if r.type == "meeting" and r.source is not None and any(
                r.source.start >= at and not text[at:r.source.start].strip()
                and (r.from_, r.to, r.date) == (m.from_, m.to, m.date) for at, m in dated):
            continue  # ("The audience was held on Tuesday": the meeting just dated)
        if r.type in _SITTINGS and r.date.start == page and r.date.end is None \
                and r.source is not None:
            day = _day_after(text, r.source.end, ctx)
            if day is not None and _within_week(day, page):
                r.date = DateSpan(day)
                dated = [(r.source.end, r)]
        yield r


def _within_week(day: str, page: str) -> bool:
    return 0 < (_dt.date.fromisoformat(page) - _dt.date.fromisoformat(day)).days <= 7
