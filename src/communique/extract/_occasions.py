"""Trips counted and dated one by one: "visited Kyiv twice, in February and
in November, and on both occasions was received by the President".

A visit counted ("twice", "three times") with as many dates listed after the
count is one visit per date, not the count of visits all on the first date;
an event told "on both occasions" ("each time") happened on each of them.
"""

from __future__ import annotations

import re
from copy import deepcopy

from ..model import DateSpan, Record
from ._frame_parts import Context, _resolved
from ._recognise import Sentence

__all__ = ["per_occasion"]

_COUNT = re.compile(r"\b(twice|two times|three times|four times|five times)\b", re.I)
_N = {"twice": 2, "two times": 2, "three times": 3, "four times": 4, "five times": 5}
#: what joins the dates of a list ("in February and in November", "in March, July and
#: October")
_JOIN = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:again\s+)?(?:in|on)?\s*", re.I)
_LEAD = re.compile(r"\W*(?:(?:before|already|so far|this year|last year|that year)\W*)?"
                   r"(?:in|on)?\s*$", re.I)
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTH_NEXT = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:again\s+)?(?:in\s+)?(?-i:(" +
                         "|".join(m.capitalize() for m in _MONTHS) + r"))\b", re.I)
_EACH = re.compile(r"\b(?:on both occasions|on each occasion|both times|each time|"
                   r"on each (?:of (?:these|those|the) )?(?:visits?|trips?|occasions?))\b", re.I)


def per_occasion(s: Sentence, recs: list[Record], ctx: Context) -> list[Record]:
    """``recs`` with counted visits dated one by one (see above)."""
    m = _COUNT.search(s.text, s.start, s.end)
    if not m or not recs:
        return recs
    n = _N[m.group(1).lower()]
    # ("three times this year, in March, July and October": the year is no occasion)
    dates = [d for d in _resolved(s.dates, ctx) if d.start >= m.end()
             and not (d.m1 is None and s.text[d.start:d.end].lower().endswith("year"))]
    if not dates or not _LEAD.match(s.text[m.end():dates[0].start]) \
            or dates[0].start - m.end() > 20:
        return recs
    listed = dates[:1]
    for d in dates[1:]:
        if not _JOIN.fullmatch(s.text, listed[-1].end, d.start):
            break
        listed.append(d)
    spans = [DateSpan(*d.iso()) for d in listed]
    first = listed[0]
    pos = listed[-1].end
    while len(spans) < n and first.y1 and first.d1 is None and len(listed) == 1:
        # "in March, July and October": the months after the first are bare names
        mm = _MONTH_NEXT.match(s.text, pos, s.end)
        if not mm:
            break
        spans.append(DateSpan(f"{first.y1:04d}-{_MONTHS.index(mm.group(1).lower()) + 1:02d}"))
        pos = mm.end()
    if len(spans) != n:
        return recs
    each = _EACH.search(s.text, m.end(), s.end)
    out: list[Record] = []
    done: set[int] = set()
    for i, r in enumerate(recs):
        if i in done:
            continue
        same = [j for j in range(i, len(recs)) if _key(recs[j]) == _key(r)]
        if r.type == "visit" and len(same) == n and r.date == spans[0]:
            done.update(same)
            out += [_dated(recs[j], d) for j, d in zip(same, spans, strict=True)]
        elif r.type == "visit" and len(same) == n and r.date not in spans:
            # "arrived in Lisbon on 5 May, a city he had visited twice, in 2019 and in
            # 2022": the count is of earlier trips, this visit is one
            done.update(same)
            out.append(r)
        elif r.type != "visit" and len(same) == 1 and each is not None \
                and r.date == spans[0]:
            # "and on both occasions was received by the President": one each time
            out += [_dated(r, d) for d in spans]
        else:
            out.append(r)
    return out


def _key(r: Record) -> tuple:
    return (r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations), r.date.start)



def _dated(r: Record, d: DateSpan) -> Record:
    c = deepcopy(r)
    c.date = d
    return c
