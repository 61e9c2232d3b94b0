"""The day of a readout's sentence that counts events and records none of them ("On 10
May the Governor-General held two ceremonies of credentials"): the figure's date, and
the day the next sentences, telling those events one by one, go on with; and the
figures a sentence counts, each the quantity of its one record or a record of its own
(``counts``)."""

from __future__ import annotations

import re

from ..model import DateSpan, Record
from ._figures import Count, find_counts, has_count
from ._frame_dates import _resolved
from ._frame_parts import Context
from ._recognise import Sentence

__all__ = ["counted_day", "counts", "may_count", "own_day"]

#: what a sentence counts that its next sentences may tell one by one
#: (or counts them vaguely: "held several bilateral meetings", "a series of talks",
#: "a number of audiences")
_EVENTS_COUNTED = re.compile(r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|"
                             r"several|multiple|numerous|many|a\s+(?:(?:considerable|large|great|good|whole)\s+)?"
                             r"(?:series|number|round)\s+of)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:ceremonies|meetings|audiences|ambassadors|"
                             r"envoys|calls|sessions|visits|talks|contacts)\b")


def may_count(text: str, start: int, end: int) -> bool:
    """Whether the span may hold a figure, or count events the next sentences tell one
    by one ("paid a large number of visits in just May")."""
    return has_count(text, start, end) or _EVENTS_COUNTED.search(text, start, end) is not None


def own_day(s: Sentence, ctx: Context) -> DateSpan | None:
    """The one day a sentence of counted events names ("On Tuesday 10 May, the
    Governor-General received the credentials of two new ambassadors"): the figure's
    date, and so the day the sentences telling each of them go on with."""
    days = {r.iso() for r in _resolved(s.dates, ctx)}
    if len(days) > 1 and ctx.dateline is not None:
        days.discard((str(ctx.dateline), None))  # (the dateline the sentence opens with)
    if len(days) != 1:
        return None
    start, end = next(iter(days))
    return DateSpan(start, end) if start and len(start) == 10 else None


def counted_day(s: Sentence, ctx: Context) -> DateSpan | None:
    """The sentence's own day, where it counts events of a kind the next sentences may
    tell one by one (ceremonies, audiences, meetings, envoys); else None. A month that
    frames the events counted ("paid a large number of visits in just May",
    "During May I held several meetings") is the time the next sentences go on with."""
    if not _EVENTS_COUNTED.search(s.text, s.start, s.end):
        return None
    return own_day(s, ctx) or _framing_month(s, ctx)


#: the preposition that makes a month the frame of the events counted: "in (just)
#: December", "during May", "over the month of June" ("since January" starts a span)
_FRAME_LEAD = re.compile(r"(?i)\b(?:in|during|over|throughout)\s+(?:just\s+|only\s+|"
                         r"the\s+month\s+of\s+)?$")


def _framing_month(s: Sentence, ctx: Context) -> DateSpan | None:
    """The one month the sentence names as the frame of its counted events."""
    framed = [d for d in s.dates if _FRAME_LEAD.search(s.text, max(s.start, d.start - 30),
                                                       d.start)]
    months = {r.iso() for r in _resolved(framed, ctx)}
    if len(months) != 1:
        return None
    start, end = next(iter(months))
    return DateSpan(start) if start and len(start) == 7 and end is None else None


#: a count of people told by what befell them, the subject of a passive or of a verb of
#: flight ("have been internally displaced", "were killed", "are affected", "fled"): a
#: fact of the crisis the text is about, no figure of the issuer's (where the sentence
#: tells no event of its own)
_PLIGHT = re.compile(r"\s+(?:(?:have|has|had|were|was|are|is|remain|remained)\s+(?:been\s+|now\s+|"
                     r"reportedly\s+)?(?:(?:internally|forcibly|severely|directly)\s+)?"
                     r"(?:displaced|killed|injured|wounded|affected|uprooted|made\s+homeless|"
                     r"left\s+homeless)|(?:have\s+|had\s+)?"
                     r"(?:fled|died|perished|lost\s+their\s+lives))\b", re.I)


#: the records a count of these units belongs to, as their quantity
_ATTACH = {
    "votes": ("election",), "appeals": ("consular",), "people": ("consular", "multilateral"),
    "persons": ("consular",), "citizens": ("consular",), "nationals": ("consular",),
    "students": ("outreach",), "diplomats": ("outreach",), "journalists": ("outreach",),
    "agreements": ("agreement",), "documents": ("agreement",), "memoranda": ("agreement",),
    "states": ("resolution",), "countries": ("resolution",), "participants": ("multilateral",),
}


def counts(s: Sentence, recs: list[Record], ctx: Context) -> list[Record]:
    """The sentence's counts not taken as a record's quantity, each a figure record."""
    out: list[Record] = []
    for c in find_counts(s.text, s.start, s.end):
        whole = [r for r in recs if not _example_of(s, c, r)]
        if _attach(c, whole):
            continue
        if c.quantity.unit == "times":
            continue
        if not recs and _PLIGHT.match(s.text, c.end, s.end):
            continue  # ("almost 700 people have been displaced": the crisis's, not ours)
        # (not an example's day: "23 agreements this year, including one in August")
        date = next((r.date for r in whole), None) or (None if whole != recs else own_day(
            s, ctx)) or ctx.default
        out.append(Record(type="figure", date=date, from_=[ctx.issuer] if ctx.issuer else [],
                          quantity=c.quantity))
    return out


def _attach(c: Count, recs: list[Record]) -> bool:
    kinds = _ATTACH.get(c.quantity.unit or "", ())
    fits = [r for r in recs if r.type in kinds and r.quantity is None]
    if len(fits) == 1 and len([r for r in recs if r.type == fits[0].type]) == 1:
        fits[0].quantity = c.quantity
        return True
    return False


#: a count then its examples: "23 agreements were signed during the year, including a
#: memorandum with Singapore", "12 visits, among them to A"
_EXAMPLES = re.compile(r"[,;:(]?\s*\b(?:including|among\s+(?:them|which|others)|notably|"
                       r"in\s+particular|such\s+as|for\s+(?:example|instance))\b", re.I)
#: the example's own partner named right after "with" (for a visit, "to" or "in")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
_TO_BEFORE = re.compile(r"\b(?:to|in)\s+(?:the\s+)?$", re.I)


def _example_of(s: Sentence, c: Count, r: Record) -> bool:
    """Whether record ``r`` is one of the examples that follow count ``c`` (its partner
    named only after "including"): the count is the whole's, not ``r``'s quantity ("The
    two sides signed three agreements, including one on visas" keeps it)."""
    cue = _EXAMPLES.search(s.text, c.end, s.end)
    if cue is None or not r.to:
        return False
    named = [e for e in s.ents if e.code in r.to and e.kind in ("country", "adj", "city")]
    # (the example's own partner, after "with" or, for a visit, "to"/"in": not a topic's
    # place, "including the agreement on the export of power from A to B")
    prep = _TO_BEFORE if r.type == "visit" else _WITH_BEFORE
    return bool(named) and all(e.start >= cue.end() for e in named) \
        and any(prep.search(s.text, max(s.start, e.start - 12), e.start) for e in named)
