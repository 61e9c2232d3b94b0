"""Trips counted and dated one by one: "visited Kyiv twice, in February and
in November, and on both occasions was received by the President".

A visit counted ("twice", "three times") with as many dates listed after the
count is one visit per date, not the count of visits all on the first date;
an event told "on both occasions" ("each time") happened on each of them. So are a
call, a round of consultations or a commission's session counted where no trip is
told ("the commission met twice, in April and in November", "had several phone
conversations, in January, March and September"): one each date.
"""

from __future__ import annotations

import re
from copy import deepcopy

from ..model import DateSpan, Record
from ._dates import DateMention
from ._frame_dates import _resolved
from ._frame_parts import Context
from ._gate import Gated
from ._recognise import Ent, Sentence

__all__ = ["per_occasion", "dated_stops", "each_stop"]

_COUNT = Gated(re.compile(
    r"\b(twice|two times|three times|four times|five times)\b|\b(several)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:conversations|calls|talks|sessions|meetings|rounds|consultations|video ?conferences)\b",
    re.I))
_N = {"twice": 2, "two times": 2, "three times": 3, "four times": 4, "five times": 5}
#: the events a count dated one by one splits where no trip is told (a meeting at a
#: stop "on both occasions" only: see :data:`_EACH`)
_SESSIONS = ("call", "consultation", "commission", "meeting")
#: what joins the dates of a list ("in February and in November", "in March, July and
#: October")
#: (each date may follow a place of its own: "twice, in Vienna in February and in
#: Bratislava in June")
_PLACE = r"(?:(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}\s+in\s+)?"
_JOIN = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:again\s+)?(?:in|on)?\s*" + _PLACE, re.I)
_LEAD = re.compile(r"\W*(?:(?:before|already|so far|this year|last year|that year)\W*)?"
                   r"(?:in|on)?\s*" + _PLACE + "$", re.I)
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTH_NEXT = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:again\s+)?(?:in\s+)?(?-i:(" +
                         "|".join(m.capitalize() for m in _MONTHS) + r"))\b", re.I)
_EACH = re.compile(r"\b(?:on both occasions|on each occasion|both times|each time|"
                   r"on each (?:of (?:these|those|the) )?(?:visits?|trips?|occasions?))\b", re.I)


def per_occasion(s: Sentence, recs: list[Record], ctx: Context) -> list[Record]:
    """``recs`` with counted visits dated one by one (see above), and a meeting at
    each stop where the sentence says so (:func:`each_stop`)."""
    recs = each_stop(s, recs)
    m = _COUNT.search(s.text, s.start, s.end)
    if not m or not recs:
        return recs
    # ("several, in January, March and September": as many as the dates listed)
    n = _N.get((m.group(1) or "").lower(), 0)
    # ("three times this year, in March, July and October": the year is no occasion)
    dates = [d for d in _resolved(s.dates, ctx) if d.start >= m.end()
             and not (d.m1 is None and s.text[d.start:d.end].lower().endswith("year"))]
    if not dates or not _LEAD.match(s.text[m.end():dates[0].start]) \
            or dates[0].start - m.end() > 40:
        return recs
    listed = dates[:1]
    for d in dates[1:]:
        if not _JOIN.fullmatch(s.text, listed[-1].end, d.start):
            break
        listed.append(d)
    spans = [DateSpan(*d.iso()) for d in listed]
    first = listed[0]
    pos = listed[-1].end
    while (len(spans) < n or not n) and first.y1 and first.d1 is None and len(listed) == 1:
        # "in March, July and October": the months after the first are bare names
        mm = _MONTH_NEXT.match(s.text, pos, s.end)
        if not mm:
            break
        spans.append(DateSpan(f"{first.y1:04d}-{_MONTHS.index(mm.group(1).lower()) + 1:02d}"))
        pos = mm.end()
    if len(spans) != n and (n or len(spans) < 2):
        return recs
    each = _EACH.search(s.text, m.end(), s.end)
    trip = any(r.type == "visit" for r in recs)
    out: list[Record] = []
    done: set[int] = set()
    for i, r in enumerate(recs):
        if i in done:
            continue
        same = [j for j in range(i, len(recs)) if _key(recs[j]) == _key(r)]
        told = {q.date for q in recs if _key(q)[:4] == _key(r)[:4]}
        if r.type in _SESSIONS and not trip and len(same) == 1 and r.date == spans[0] \
                and not told >= set(spans):  # (each date already read by the frame)
            # "the commission met twice, in April and in November": one each date
            out += [_dated(r, d) for d in spans]
        elif not n:
            out.append(r)  # ("several": a visit's count is its own words')
        elif r.type == "visit" and len(same) == n and r.date == spans[0]:
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


#: between two stops each with its day: " on Monday and ", " (2-3 June) and then in ",
#: " in March; " (a review's stops set apart by semicolons, the verb not said again)
_DATED_NEXT = re.compile(r"(?:,\s+where\b[^;()]{1,160}?,)?"  # a where-clause between
                         r"\s*[,;]?\s*(?:and\s+)?(?:then\s+|later\s+|also\s+)?(?:in\s+|to\s+)?"
                         r"(?:the\s+)?$", re.I)
_DATE_LEAD = re.compile(r"\s*(?:,\s*)?(?:\(|on\s+|in\s+|from\s+)?$", re.I)


def dated_stops(s: Sentence, group: list[Ent], ents: list[Ent]) -> list[Ent]:
    """The hosts of a list whose stops each carry their own day: "was in Seoul on
    Monday and in Tokyo on Wednesday", "visited Lima on 3 May and Quito on 5 May"."""
    if not group:
        return group
    out = list(group)
    for e in sorted(ents, key=lambda x: x.start):
        if e.start < out[-1].end or e.kind not in ("country", "city"):
            continue
        before = _day_after(s, out[-1])
        if before is not None and _day_before(s, before.end, e) is not None:
            out.append(e)  # "visited Egypt in June, and in July Italy": its month first
            break
        if before is None or not _DATED_NEXT.fullmatch(s.text, before.end, e.start) \
                or _day_after(s, e) is None:
            break
        out.append(e)
    return out


#: a stop told after its own time, the verb left out: ", and in July Italy"
_TIME_FIRST = re.compile(r"\s*,?\s*(?:and\s+)?(?:then\s+|later\s+)?(?:in|on)\s+$", re.I)
_TIME_THEN_PLACE = re.compile(r"\s*,?\s*(?:to\s+|in\s+)?(?:the\s+)?$", re.I)


def _day_before(s: Sentence, since: int, e: Ent) -> DateMention | None:
    """The date told between ``since`` (the stop before's date) and the place ``e``, when
    the place comes right after it with no verb ("..., and in July Italy")."""
    d = next((d for d in s.dates if since < d.start and d.end <= e.start), None)
    if d is None or not _TIME_FIRST.fullmatch(s.text, since, d.start) \
            or not _TIME_THEN_PLACE.fullmatch(s.text, d.end, e.start):
        return None
    return d


def _day_after(s: Sentence, e: Ent) -> DateMention | None:
    """The date written right after a place ("Seoul on Monday", "Chile (2-3 June)")."""
    for d in s.dates:
        if d.start >= e.end:
            if d.start - e.end <= 8 and _DATE_LEAD.fullmatch(s.text, e.end, d.start) \
                    and not any(e.end <= o.start < d.start for o in s.ents):
                end = d.end + 1 if s.text[d.end:d.end + 1] == ")" else d.end
                return DateMention(d.start, end, d.y1, d.m1, d.d1)
            return None
    return None


#: talks held at every stop of the trip just told: "meeting her counterparts in both
#: capitals", "holding talks with the foreign ministers in each of them"
_AT_EACH_STOP = Gated(re.compile(
    r"\b(?:meeting|met|holding talks with|held talks with)\s+(?:with\s+)?"
                           r"(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:counterparts|foreign "
                           r"ministers|hosts)\s+(?:in\s+(?:both|each|all)\b|in\s+each\s+of\b|"
                           r"there\b|in\s+(?:both|all\s+\w+)\s+(?:capitals|cities|countries)\b)",
                           re.I))


def each_stop(s: Sentence, recs: list[Record]) -> list[Record]:
    """``recs`` with a meeting at each stop of the visits told, when the sentence
    says the talks were held in every one ("meeting her counterparts in both
    capitals"); none when a meeting with a stop is already there."""
    if not _AT_EACH_STOP.search(s.text, s.start, s.end):
        return recs
    visits = [r for r in recs if r.type == "visit" and len(r.to) == 1]
    hosts = {r.to[0] for r in visits}
    if len(hosts) < 2 or any(r.type == "meeting" and not (r.to and set(r.to) <= hosts)
                               for r in recs):
        return recs
    # (a meeting read with one of the hosts alone gives way to one at each stop)
    met = [Record(type="meeting", date=v.date, from_=list(v.from_), to=list(v.to),
                  place=v.place) for v in visits]
    return [r for r in recs if r.type != "meeting"] + met
