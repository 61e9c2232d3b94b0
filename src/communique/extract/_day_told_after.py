"""A meeting told with no day of its own, then named again by its noun with the
day it was held: "Minister A met Lord B, the UK Minister of State, in London. The
bilateral meeting took place at Lancaster House on Thursday 4 May." The first
record took the day of the page (or of the sentences before); the definite
noun with "was held" or "took place" tells the day of that same meeting. The
first takes that day, so the two are one occasion (merged by
:func:`communique.extract._document.one_per_occasion`), as
:mod:`communique.extract._dated_later` does for a lead in the perfect."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Iterator

from ..model import DateSpan, Record
from ._dated_later import iso_day
from ._dates import find_dates, resolve

__all__ = ["day_told_after"]

#: "The bilateral meeting was held ...", "The talks took place ...", "This courtesy
#: call was conducted ...", "The meeting between the two Ministers was held ...", with
#: an aside or not, or when it began or how long it lasted ("The conversation, arranged
#: at B's request, began at 9 p.m. Tuesday", "The phone call lasted an hour on Monday")
_HELD_AGAIN = re.compile(
    r"\W*(?:the|this|that)\s+(?:(?:bilateral|official|formal|courtesy|working|introductory|"
    r"high-level|one-on-one|tete-a-tete|tête-à-tête|ministerial|two|said|above|"
    r"(?:tele)?phone|telephonic)\s+){0,2}"
    r"(?:meeting|talks|discussions?|call|consultations|audience|conversation)"
    r"(?:\s+(?:between|with)\s+[^.;]{1,80}?)?(?:,[^,.;]{1,60},)?\s+"
    r"(?:(?:was|were|had\s+been)\s+(?:(?:also|jointly)\s+)?(?:held|conducted|convened|"
    r"organi[sz]ed)|took\s+place|began|begun|started|opened|lasted)\b", re.I)
#: the lead's own day, when it dates only its saying: ", the ministry said Wednesday",
#: ", her office announced on Thursday" (at the sentence's end)
_SAYING_DAY = re.compile(
    r",\s+(?:[\w.'’-]+\s+){1,5}?(?:said|announced|reported|stated|added|confirmed|"
    r"disclosed|revealed)\s+(?:on\s+|late\s+|early\s+)?(?:today|yesterday|"
    r"(?-i:[A-Z])[a-z]+day)(?:\s+(?:morning|afternoon|evening|night))?\W*$", re.I)
#: how many days apart the two days may lie (a readout filed a few days after)
_APART = 31
_TYPES = ("meeting", "call", "consultation")


def day_told_after(records: Iterable[Record], text: str) -> Iterator[Record]:
    """The records, a meeting told with no day of its own dated by the same meeting
    named again right after with its day (see the module's docstring); the record
    of that second mention, if one was made, is the first's and is dropped."""
    recs = list(records)
    drop: set[int] = set()
    for i, r in enumerate(recs):
        if r.type not in _TYPES or r.source is None or r.date.end \
                or iso_day(r.date.start) is None or _own_day(r.source.text):
            continue
        nxt = next((x for x in recs[i + 1:] if x.type in _TYPES), None)
        after = _next_sentence(text, r.source.end)
        if after is None or (nxt is not None and nxt.source is not None
                             and nxt.source.start < after[0]):
            continue  # (another meeting told in between)
        day = _day_told(text, after, r.date.start)  # type: ignore[arg-type]
        if day is None:
            continue
        same = [j for j, x in enumerate(recs) if j > i and x.source is not None
                and x.source.start == after[0]]
        if any(recs[j].type in _TYPES and (recs[j].from_, recs[j].to, recs[j].organizations)
               != (r.from_, r.to, r.organizations) for j in same):
            continue  # (a meeting of other sides: another occasion)
        r.date = day
        if r.place is None:
            r.place = next((recs[j].place for j in same if recs[j].place is not None), None)
        drop |= {j for j in same if recs[j].type == r.type}
    yield from (r for j, r in enumerate(recs) if j not in drop)


def _own_day(lead: str) -> bool:
    """Whether the lead tells a day of the event's own (not only that of its saying)."""
    m = _SAYING_DAY.search(lead)
    return bool(find_dates(lead[:m.start()] if m else lead))


#: the end of a sentence: a full stop (not of "Dr.", "4th." or "p.m.") and a space or a line
_STOP = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])(?<!\b[a-z]\.[a-z])\.(?=\s)|\n")


def _next_sentence(text: str, end: int) -> tuple[int, int] | None:
    """The span of the sentence right after ``end`` (the next paragraph's first)."""
    m = re.compile(r"\s*").match(text, end)
    a = m.end() if m else end
    if a >= len(text) or text.count("\n", end, a) > 2:
        return None
    stop = _STOP.search(text, a)
    return a, stop.start() if stop else len(text)


def _day_told(text: str, span: tuple[int, int], lead: str) -> DateSpan | None:
    """The day the sentence ``span`` tells the meeting was held on, if it names the
    meeting again ("The meeting was held ... on 4 May") within ``_APART`` days of
    ``lead`` (the day the first record took)."""
    a, b = span
    if not _HELD_AGAIN.match(text, a, b):
        return None
    ref = _dt.date.fromisoformat(lead)
    for dm in find_dates(text, a, b):
        dm = resolve(dm, ref.year, ref)
        start, end = dm.iso()
        day = iso_day(start)
        if day is not None and 0 < abs((ref - day).days) <= _APART:
            return DateSpan(start, end)
    return None
