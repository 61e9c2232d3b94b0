"""Which time expressions of a sentence are not the time of its event.

A date written after the trigger can name another occasion than the one the
trigger tells: the event a meeting was held ahead of ("ahead of Monday's
summit"), what a clause in the future tense announces ("arrived on 27 May and
will leave this afternoon"), the content of a signed text ("a communiqué in
which both sides recall the plan of 2007"), what someone said or recalled ("told her
that the consulate opened in 1998") or a thing the date is attached to
by "of" ("condolences for the earthquake of 28 March"). These spans are found
here, so that the date of the event comes from its own clause or from the
occasion told before.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..model import DateSpan, Record
from ._circumstance import circumstance_spans
from ._dates import DateMention, resolve
from ._gate import Gated
from ._recognise import Sentence

__all__ = ["AHEAD", "day_after_clause", "foreign_spans", "respectively", "told_later"]


#: a later occasion the event prepares: "ahead of", "in preparation for", "in the
#: run-up to", "in advance of", "prior to" (whatever follows is that occasion's)
AHEAD = Gated(re.compile(r"\b(?:ahead of|in preparation for|in (?:the )?(?:run|lead)-up to|"
                          r"in advance of|prior to)\b", re.I))
_AHEAD_WORDS = ("ahead of", "preparation for", "run-up to", "lead-up to", "advance of",
                "prior to")

#: a coordinated clause or a relative clause in the future tense after the event:
#: "and will return home this afternoon", ", which is due to meet in June"
#: (or a clause of its own after a semicolon, its subject first: "met A in Budapest;
#: the two sides are to sign an agreement later this year")
_FUTURE = re.compile(r"(?:(?:\band\b|\bbut\b|,\s+(?:which|who|where))\s+(?:\w+\s+)?|"
                     r";\s+(?:\w+\s+){0,3}?)"
                     r"(?:will|shall|is to|are to|is due to|are due to|is expected to|"
                     r"are expected to|plans? to|intends? to|"
                     # "and agreed to hold its next session in 2025": a later occasion
                     r"(?:agreed|decided|resolved|undertook) to hold)\b", re.I)
_FUTURE_WORDS = ("will", "shall", " to ")

#: the content of a text the event produced: "a joint communiqué in which ...",
#: "the memorandum, under which ...", "a declaration whereby ..."
_CONTENT = re.compile(r"\b(?:communiqu[eé]|declaration|statement|agreement|memorandum|"
                      r"memoranda|protocol|letter|note|document|roadmap|programme|program|"
                      r"minutes|treaty|accord|convention|plan)s?,?\s+"
                      r"(?:in which|under which|by which|through which|whereby)\b", re.I)
_CONTENT_WORDS = ("which", "whereby")

#: what someone said, told, announced or recalled: "informed the audience, which included the
#: Vice Minister of X, that X opened a mission here in 1995", "told her that ..."
_SAID = re.compile(r"\b(?:informed|told|assured|reminded|recalled|recalling|noted|noting|"
                   r"announced|announcing|"
                   r"said|stated|explained|pointed out|stressed|stressing|emphasi[sz]ed|"
                   r"underlined|added)\b[^;.!?]{0,120}?\bthat\b", re.I)

#: "the earthquake of 28 March", "the elections of 12 May": a date attached to a
#: noun by "of" is that noun's (not a time of the day: "the morning of 3 May"); a
#: possessive or an article may open the noun too ("its note verbale of 30 June",
#: "her letter of 2 May", "a memorandum of 4 May")
_OF_DATE = re.compile(r"\b(?:the|its|his|her|their|our|this|that|these|those|an?)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\s+of\s+$")
#: an incident and maybe its place, then its day: "the bombing in Mopti on",
#: "the bombing at the embassy on", "the earthquake that struck Hatay on" (a sorrow or
#: a condemnation told with a meeting: the incident's day, not the meeting's)
_INCIDENT_DATE = re.compile(
    r"\b(?:attacks?|bombings?|explosions?|blasts?|shootings?|earthquakes?|floods?|fires?|"
    r"crash|tragedy|killings?|massacre|assassination|cyclone|hurricane|typhoon|storm|"
    r"landslides?|accident|disaster|coup|ambush|hijacking|kidnapping)"
    r"(?:\s+(?:in|at|near|against|on|that\s+(?:struck|hit))\s+(?:the\s+)?"
    r"[\w'’-]+(?:\s+[A-Z][\w'’-]*){0,3})?,?\s+(?:on|of|last)\s+$")
#: the opening of a span's first year: "since 2015", "since the early 2000s"
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:early|late|mid)[- ])?$", re.I)
_TIME_NOUNS = frozenset({
    "morning", "afternoon", "evening", "night", "day", "days", "week", "weekend", "month",
    "end", "beginning", "start", "middle", "turn", "eve", "occasion", "course", "dawn",
    "hours", "half", "part", "session", "sessions", "meeting", "meetings", "visit", "visits",
    "talks", "summit", "conference", "round", "dialogue", "consultations",
})


def foreign_spans(s: Sentence, t_end: int) -> list[tuple[int, int]]:
    """Spans after the trigger (ending at ``t_end``) whose dates are another
    occasion's: a later event prepared, a future clause, the content of a text,
    a thing dated by "of"."""
    text, end = s.text, s.end
    seg = text[t_end:end]
    out: list[tuple[int, int]] = []
    if any(w in seg for w in _AHEAD_WORDS) or any(w in seg for w in ("Ahead of", "Prior to")):
        m = AHEAD.search(text, t_end, end)
        if m is not None:
            out.append((m.start(), _stop(text, m.end(), end)))
    if any(w in seg for w in _FUTURE_WORDS):
        m = _FUTURE.search(text, t_end, end)
        if m is not None:
            out.append((m.start(), _stop(text, m.end(), end)))
    if any(w in seg for w in _CONTENT_WORDS):
        m = _CONTENT.search(text, t_end, end)
        if m is not None:
            out.append((m.end(), end))
    if "that" in seg:
        # (the verb may stand before the trigger: "informed the audience, ..., that";
        # a trigger inside what was said keeps the dates after it)
        m = next((m for m in _SAID.finditer(text, s.start, end) if m.end() > t_end), None)
        if m is not None:
            out.append((m.end(), _stop(text, m.end(), end)))
    if " as " in seg:  # ("... as Chile's term on the Council begins in April")
        out.extend(circumstance_spans(text, t_end, end))
    for d in s.dates:
        # "offering sympathy over the bombing in Mopti on 17 September"
        if d.start >= t_end and _INCIDENT_DATE.search(text, max(t_end, d.start - 80), d.start):
            out.append((d.start, d.end))
        # "met A; trade has grown four times since 2015": a year a span runs from is no
        # occasion's time (not a day: "has been in Lisbon since Monday" starts a stay)
        elif d.start >= t_end and d.m1 is None and not d.relative \
                and _SINCE.search(text, max(t_end, d.start - 12), d.start):
            out.append((d.start, d.end))
    if " of " in seg:
        for d in s.dates:
            if d.start < t_end:
                continue
            m = _OF_DATE.search(text, max(t_end, d.start - 60), d.start)
            if m is not None and m.group("noun") not in _TIME_NOUNS:
                out.append((d.start, d.end))
    return out


def _stop(text: str, start: int, end: int) -> int:
    """The end of the clause opened at ``start``: a semicolon or the sentence's end."""
    semi = text.find(";", start, end)
    return semi if semi >= 0 else end


#: the main clause tells a later time than a relative clause before it: "who arrived
#: on Monday, was later received by the President"
_LATER = re.compile(r"\b(?:later|subsequently|afterwards|thereafter|then)\b", re.I)


def told_later(s: Sentence, clause: tuple[int, int], t_start: int, t_end: int) -> bool:
    """Whether the trigger or the words just before it (up to 30 characters, within
    its clause) mark a later time ("was later received", "then met")."""
    a = max(clause[0], t_start - 30)
    return _LATER.search(s.text, a, t_end) is not None


def day_after_clause(own: list[DateMention], told: DateSpan | None, carry: bool,
                     default: DateSpan) -> DateSpan:
    """The day of an event told "later" than a relative clause's day ("X, who arrived
    on Tuesday, was then received by ..."): the occasion told before when the text
    carries dates and that occasion is not the sentence's own day; else the
    document's date."""
    days = {DateSpan(*d.iso()) for d in own}
    if carry and told is not None and told.start and told not in days:
        return told
    return default


def respectively(s: Sentence, recs: list[Record], year: int | None,
                 dateline: _dt.date | None) -> list[Record]:
    """"The sessions with Namibia and Portugal took place in Windhoek in June and in
    Lisbon in October, respectively": the n-th partner's event takes the n-th
    time named after the partners (only when the sentence says "respectively"
    and the numbers of partners and times agree). A list of days already read
    as one event per day and partner keeps the pairs named together."""
    by_type: dict[str, list[Record]] = {}
    for r in recs:
        if len(r.to) == 1 or len(r.from_) == 1:
            by_type.setdefault(r.type, []).append(r)
    drop: set[int] = set()
    for group in by_type.values():
        # the partner is the side that varies: those visited, or the guests ("hosted
        # the Presidents of A and B in March and June respectively")
        guests = len({tuple(r.to) for r in group}) == 1 and all(len(r.from_) == 1
                                                                for r in group)
        side = {id(r): (r.from_[0] if guests else r.to[0] if len(r.to) == 1 else "")
                for r in group}
        group = [r for r in group if side[id(r)]]
        partners = list(dict.fromkeys(side[id(r)] for r in group))
        first = {c: min((e.start for e in s.ents if e.code == c
                         and e.kind in ("country", "adj", "city")), default=-1)
                 for c in partners}
        if len(partners) < 2 or -1 in first.values() or len(set(first.values())) != len(partners):
            continue
        told = {(r.date.start, r.date.end) for r in group}
        if len(group) != len(partners) * len(told) or len(told) not in (1, len(partners)):
            continue
        after = max(first.values())
        days = [resolve(d, year, dateline) for d in s.dates if d.start > after]
        spans = [DateSpan(*d.iso()) for d in days if d.y1 is not None and d.m1 is not None]
        if len(spans) != len(partners):
            # the times told first: "In April and June respectively, A hosted B and C"
            days = [resolve(d, year, dateline) for d in s.dates if d.end <= min(first.values())]
            spans = [DateSpan(*d.iso()) for d in days if d.y1 is not None and d.m1 is not None]
        if len(spans) != len(partners):
            continue
        order = sorted(partners, key=lambda c: first[c])
        for r in group:
            want = spans[order.index(side[id(r)])]
            if len(told) == 1:
                r.date = want
            elif (r.date.start, r.date.end) != (want.start, want.end):
                drop.add(id(r))
    return [r for r in recs if id(r) not in drop]
