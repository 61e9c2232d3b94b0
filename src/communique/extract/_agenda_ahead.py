"""Events named by an agenda or a programme told in the present: set out before they
are held, not reported as held (used by :mod:`communique.extract._not_held`).

- the event is what an agenda is for ("Topics on the agenda for the meetings with A on
  Wednesday and B on Thursday include ...", "Trade is on the agenda of the talks with
  the Chancellor on Friday", "Climate tops the agenda for her talks with ...");
- a programme, a schedule or a visit includes it ("The programme of the visit includes
  meetings with the President", "Her schedule in Nairobi also features a meeting with
  ...", "The visit, which runs until Friday, includes talks with ...").

Visits, trips or tours in the plural that include a visit ("The year's main visits
include a state visit to Japan, ...") list the year's trips, not one trip's programme.

Told in the past ("The agenda of the meeting included ...", "The programme included
meetings with ...") the event was held, and the sentence is read as before."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["agenda_ahead"]

#: the trigger is what the agenda is for: "the agenda for the", "on the agenda of
#: Tuesday's", "top the agenda for her"
_AGENDA_FOR = re.compile(
    r"\bagendas?\s+(?:of|for)\s+(?:(?:the|this|these|his|her|their|its|our|my|a|an)\s+|"
    r"[\w’'-]+['’]s?\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
#: a programme, a schedule, a visit that includes the trigger, in the present (the
#: trigger a few words on, no verb of the past between)
_INCLUDES = re.compile(
    r"\b(?P<noun>programme|program|agenda|schedule|itinerary|visit|trip|tour|stay)(?P<many>s?)\b"
    r"[^.;]{0,80}?"
    r"\b(?:includes|include|features|feature|comprises|comprise|foresees|envisages|"
    r"(?:will|is\s+to|are\s+to)\s+(?:also\s+)?(?:include|feature|comprise))\s+"
    r"(?:also\s+)?(?:(?!(?:and\s+)?(?:was|were|had|held|met|included)\b)[^.;]){0,80}?$", re.I)
#: a clause told in the present or the future: its verb
_PRESENT = re.compile(r"\b(?:is|are|include|includes|top|tops|feature|features|cover|covers|"
                      r"remain|remains|will|shall|range|ranges|comprise|comprises|centres|"
                      r"centers|focus|focuses|dominate|dominates)\b", re.I)
#: a clause told in the past: the agenda was that of a meeting held
_PAST = re.compile(r"\b(?:was|were|had|included|topped|featured|covered|remained|ranged|"
                   r"comprised|centred|centered|focused|focussed|dominated|met|held|spoke|"
                   r"discussed|talked|reviewed|took)\b", re.I)


#: trips still to come, named before their noun
_TO_COME = re.compile(r"\b(?:upcoming|forthcoming|planned|scheduled|future|proposed|coming|"
                      r"next|expected|prospective)\b(?:\s+[\w'’-]+){0,2}\s*$", re.I)


def agenda_ahead(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """Whether ``t`` is an event an agenda is for, or a programme includes, in a clause
    told in the present (see the module's docstring)."""
    if t.type not in ("meeting", "visit", "call", "consultation"):
        return False
    before = s.text[max(cl[0], t.start - 160):t.start]
    clause = s.text[cl[0]:cl[1]]
    if _PAST.search(clause):
        return False
    if _AGENDA_FOR.search(before):
        return _PRESENT.search(clause) is not None
    m = _INCLUDES.search(before)
    if m is None:
        return False
    # "The year's main visits include a state visit to Japan, ...": trips, plural, whose
    # examples are themselves visits (a year's list, not one trip's programme); not
    # those still to come ("Upcoming visits include ...")
    return not (t.type == "visit" and m.group("many")
                and m.group("noun").lower() in ("visit", "trip", "tour")
                and not _TO_COME.search(before, max(0, m.start() - 30), m.start()))
