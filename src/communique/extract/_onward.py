"""A tour told by its other stops: "The visit of the Secretary follows his stops
this week in A, B and C", "On Thursday he continues his tour to D". The stops are
the traveller's of the visit told before (a guest's tour is no trip of the
issuer), and a tour that *continues* on a weekday goes on after the text's day."""

from __future__ import annotations

import datetime as _dt
import re

from ..model import DateSpan, Record
from ._frame_parts import Context
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["note_visitor", "onward_days", "pronoun_onward", "stops_of", "tour_traveller"]

#: the traveller's own stops or tour, named with a possessive: "his stops in",
#: "her tour to", "their trip on to"
_OWN_TOUR = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:stops?|tour|trip|"
                       r"journey|visits?\s+to)\b", re.I)
#: a tour that goes on from here: "continues his tour to", "will continue her trip to",
#: "travels on to", "proceeds to"
_GOES_ON = re.compile(r"\b(?:continues|will\s+continue|proceeds|will\s+proceed|"
                      r"travels\s+on|moves\s+on|heads\s+on)\b", re.I)
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def note_visitor(ctx: Context, made: list[Record]) -> None:
    """Keep the traveller of the last visit told: the one "his tour" means next."""
    visits = [r for r in made if r.type == "visit" and r.from_]
    if visits:
        ctx.last_visitor = list(visits[-1].from_)


#: a trigger that names the stops themselves: "his stops this week in"
_STOPS = re.compile(r"\bstops\b", re.I)


def tour_traveller(s: Sentence, t: Trigger, dest_start: int, dest: list[str],
                   ctx: Context) -> list[str]:
    """The traveller of stops named with a possessive ("follows his stops in A, B
    and C", "continues her tour to D"): the one of the visit told before (which
    may be the issuer's own)."""
    if _OWN_TOUR.search(s.text, max(s.start, t.start - 30), dest_start) is None:
        return []
    fronted = _FORWARD.match(s.text, s.start, s.end)
    if fronted is not None and t.start < fronted.end() and not ctx.carry:
        # a review's "During his visit to Japan in July, the Prime Minister met ...":
        # "his" is the subject's after the comma, not the last guest's
        return []
    return [v for v in ctx.last_visitor if v not in dest]


#: a fronted phrase whose possessive looks ahead to the subject after its comma
_FORWARD = re.compile(r"\W*(?:during|in\s+the\s+course\s+of|on|while\s+on)\s+(?:his|her|their)\s+"
                      r"[^,;.]{1,80},\s+(?:the|our)\s+(?-i:[A-Z])", re.I)


def stops_of(t: Trigger) -> bool:
    """Whether the trigger names a traveller's stops ("his stops in"): what stands
    before it is the visit they came before or after, not the traveller."""
    return _STOPS.search(t.text) is not None


def onward_days(s: Sentence, cl: tuple[int, int], dates: list[DateSpan],
                ctx: Context) -> list[DateSpan]:
    """``dates`` of a tour that goes on ("On Thursday he continues his tour to D"):
    a weekday read as the one before the text's day is the one after it."""
    day = ctx.dateline
    if len(dates) != 1 or not isinstance(day, _dt.date) or dates[0].end is not None \
            or len(dates[0].start or "") != 10 or _GOES_ON.search(s.text, *cl) is None \
            or _WEEKDAY.search(s.text, *cl) is None:
        return dates
    got = _dt.date.fromisoformat(dates[0].start or "")
    if not day - _dt.timedelta(days=6) <= got < day:
        return dates
    return [DateSpan((got + _dt.timedelta(days=7)).isoformat())]


#: a clause whose subject is a bare pronoun (after a fronted time) and whose trip goes on
#: after what it did: "On Tuesday, he met with A, before continuing to", "She then held
#: talks with B before travelling on to"
_PRONOUN_ONWARD = re.compile(r"\W*(?:(?:on|in|later|then|afterwards|subsequently|the\s+next"
                             r"\s+day|the\s+following\s+day)\b[^,.;]{0,30},\s+)?(?:he|she)\s+"
                             r"[^.;]{1,160}?,?\s+before\s+$", re.I)


def pronoun_onward(s: Sentence, t: Trigger, clause_start: int) -> bool:
    """Whether the trip goes on from a clause whose subject is "he" or "she" ("On Tuesday,
    he met with A's Minister, before continuing to B"): the traveller is the one of the
    visit told before (a guest's, in the host's text), not the country of the one met."""
    return _PRONOUN_ONWARD.fullmatch(s.text, clause_start, t.start) is not None
