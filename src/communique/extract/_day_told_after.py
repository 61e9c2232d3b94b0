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
        after = _next_sentence(text, r.source.end, blank=r.type == "call")
        if after is None or (nxt is not None and nxt.source is not None
                             and nxt.source.start < after[0]):
            continue  # (another meeting told in between)
        same = [j for j, x in enumerate(recs) if j > i and x.source is not None
                and x.source.start == after[0]]
        day = _day_told(text, after, r.date.start)  # type: ignore[arg-type]
        if day is None:
            day = _call_told_again(recs, i, same, text, after)
        if day is None:
            continue
        if any(recs[j].type in _TYPES and _sides(recs[j]) != _sides(r) for j in same):
            continue  # (a meeting of other sides: another occasion)
        r.date = day
        caller = next((recs[j] for j in same if r.type == "call" == recs[j].type), None)
        if caller is not None:  # ("B phoned me": the caller the lead did not tell)
            r.from_, r.to = caller.from_, caller.to
        if r.place is None:
            r.place = next((recs[j].place for j in same if recs[j].place is not None), None)
        drop |= {j for j in same if recs[j].type == r.type}
    yield from (r for j, r in enumerate(recs) if j not in drop)


def _sides(r: Record) -> tuple[frozenset[str], list[str]]:
    """The two sides of a record, whichever of them called or came."""
    return frozenset(r.from_) | frozenset(r.to), r.organizations


def _own_day(lead: str) -> bool:
    """Whether the lead tells a day of the event's own (not only that of its saying)."""
    m = _SAYING_DAY.search(lead)
    return bool(find_dates(lead[:m.start()] if m else lead))


#: the end of a sentence: a full stop (not of "Dr.", "4th." or "p.m.") and a space or a line
_STOP = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])(?<!\b[a-z]\.[a-z])\.(?=\s)|\n")


def _next_sentence(text: str, end: int, blank: bool = False) -> tuple[int, int] | None:
    """The span of the sentence right after ``end`` (the next paragraph's first; with
    ``blank``, past a few blank lines too)."""
    m = re.compile(r"\s*").match(text, end)
    a = m.end() if m else end
    if a >= len(text) or text.count("\n", end, a) > (6 if blank else 2):
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


#: another call than the one told before: "again", "another", "a second", "a
#: follow-up", "also", "later"
_ANOTHER = re.compile(r"\b(?:again|another|second|follow-?up|also|later|once\s+more|"
                      r"earlier|previous(?:ly)?|last\s+(?:week|month|year))\b", re.I)


def _call_told_again(recs: list[Record], i: int, same: list[int], text: str,
                     span: tuple[int, int]) -> DateSpan | None:
    """The day of a call that a lead told with no day of its own ("A and B discussed
    ... over the phone"), told again right after with its day by the two same sides
    ("Last night, B phoned me"), within ``_APART`` days of the lead's; None for any
    other sentence."""
    r = recs[i]
    again = [recs[j] for j in same if recs[j].type == "call" and _sides(recs[j]) == _sides(r)]
    if r.type != "call" or len(again) != 1 or len(same) != 1 \
            or _ANOTHER.search(text, span[0], span[1]) or not find_dates(text, *span):
        return None
    lead, day = iso_day(r.date.start), iso_day(again[0].date.start)
    if lead is None or day is None or not 0 < abs((lead - day).days) <= _APART:
        return None
    return DateSpan(again[0].date.start, again[0].date.end)
