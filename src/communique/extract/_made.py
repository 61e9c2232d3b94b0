"""Readings that revise the records a trigger's frame made, from what stands
around the trigger: the days an event is measured by ("came a day after",
:mod:`communique.extract._offsets`), a visiting guest's programme ("the agenda
included meetings with", :mod:`communique.extract._agenda`), visits listed after
"including" (:mod:`communique.extract._visits_listed`), and talks "between"
sides the sentence does not name, or a bloc and another side, commented on by a
third party ("was encouraged by the talks between Wi and Ri", "welcomed the talks
between the West and Russia": no meeting of the commentator)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Record
from ._agenda import guest_programme
from ._frame_parts import Context
from ._next_day_within import next_day_within
from ._offsets import measured_days
from ._recognise import Sentence
from ._triggers import Trigger
from ._visits_listed import visitors_listed, visits_listed

__all__ = ["revise_made"]

#: a meeting's noun, then "between"
_NOUN_BETWEEN = re.compile(r"(?:[\w-]+\s+)?(?:talks|meetings?|discussions?|negotiations|"
                           r"conversations?)(?P<between>\s+between)?$", re.I)
#: (the stop of an honorific or an initial goes on: "between H.S.H. Prince A and the
#: President of B", "between Dr. A and ...")
_ABBREV_STOP = (r"(?:[^,;.]|(?<=\b[A-Z])\.|(?<=\bDr)\.|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|"
                r"(?<=\bProf)\.|(?<=\bHon)\.|(?<=\bAmb)\.|(?<=\bSt)\.)")
_BETWEEN = re.compile(r"\s+between\s+(" + _ABBREV_STOP + r"{1,80})")
_AFTER_BETWEEN = re.compile(r"\s+(" + _ABBREV_STOP + r"{1,80})")
_SIDES = frozenset({"country", "adj", "issuer", "pair", "org"})
#: a bloc as the first side: "between the West and Russia", "between Western allies and
#: Moscow", "between the international community and the junta" (the issuer is at
#: most one of the bloc; the talks are the bloc's)
_BLOC = re.compile(r"(?:the\s+)?(?:West|Western\s+(?:allies|powers|countries|nations|"
                   r"partners|capitals|governments)|international\s+community|great\s+powers)\b")
#: sides named by their office ("between the two Heads of State", "between the
#: Ministers"): the sides the text is about
_ROLES = re.compile(r"\b(?:two|both|heads?|leaders?|ministers?|presidents?|delegations?|sides|"
                    r"parties|officials|counterparts|prime|kings?|chancellors?|secretar(?:y|ies)|"
                    r"envoys?|ambassadors?)\b", re.I)


def revise_made(s: Sentence, t: Trigger, made: list[Record], ctx: Context,
                reach: int) -> list[Record]:
    """``made`` with the readings above applied (``reach``: the end of the
    trigger's own region)."""
    # "came a day after the envoys met": another occasion's day, not the one told next
    ctx.measured.update(id(r) for r in measured_days(s, t, made))
    made = guest_programme(s, t, made, ctx, reach)  # "the agenda included meetings"
    listed = visits_listed(s, t, made, ctx.issuer)  # "visits ..., including A to B, C to D"
    # "visited X, including the presidents of", unless the list was read as trips
    made = listed if listed is not made else visitors_listed(s, t, made, ctx.issuer)
    made = _bracketed_elsewhere(s, t, made, ctx)
    made = _guests_where(s, t, made, ctx)  # "a visit to Ukraine where he held talks with"
    made = next_day_within(s, t, made, ctx, reach)  # "arrived on 12 March and the next day met"
    noun = _NOUN_BETWEEN.match(t.text) if t.type == "meeting" else None
    if noun is not None:
        m = (_AFTER_BETWEEN if noun.group("between") else _BETWEEN).match(s.text, t.end, s.end)
        if m is not None and not _ROLES.search(m.group(1)) \
                and not any(m.start(1) <= e.start < m.end(1) and e.kind in _SIDES
                            for e in s.ents):
            return []  # "the talks between Ruiz and Soto": sides not named here
        if m is not None and _BLOC.match(m.group(1)):
            return []  # "the talks between the West and Russia": a bloc's, not ours
    return made


#: a where-clause of a trip named as a noun, its subject a pronoun: "a two-day visit to
#: Ukraine, where he held talks", "his trip to Rome, where she met"
_TRIP_WHERE = re.compile(r"\b(?:visit|trip|tour|stay|stop)\s+(?:to|in)\b"
                         r"[^.;]{1,80}?\bwhere\s+(?:he|she|they)\s+(?:[^.;]{1,100}?\band\s+)?"
                         r"(?:also\s+|then\s+|later\s+)?$",
                         re.I)


def _guests_where(s: Sentence, t: Trigger, made: list[Record], ctx: Context) -> list[Record]:
    """"A arrived in our country after a visit to Ukraine, where he held talks with
    President B and travelled to Odesa": what the guest did on the trip just told is
    the guest's (from the traveller of that visit), not the issuer's."""
    guest = [c for c in ctx.last_visitor if c != ctx.issuer]
    if t.type not in ("meeting", "call", "agreement", "visit") or not made or not guest \
            or ctx.issuer is None \
            or not _TRIP_WHERE.search(s.text[max(s.start, t.start - 220):t.start]):
        return made
    out = []
    for r in made:
        if r.from_ != [ctx.issuer] or set(r.to) & set(guest):
            out.append(r)
            continue
        out.append(replace(r, from_=guest[:1],
                           persons=[p for p in r.persons if p.country != ctx.issuer]))
    return out


#: days in brackets ("(June 15-16 and October 26, 2021)")
_BRACKET = re.compile(r"\(([^()]{4,80})\)")
#: what may stand in such brackets besides the days
_BRACKET_REST = re.compile(r"[\s,;–-]*(?:(?:and|to)[\s,;–-]*)?")
#: the next items of a list after the bracket: commas, no clause of the bracketed item
#: (items are noun phrases: ", the visit to ..., the signing of"; not ", and signed")
_LIST_ITEMS = re.compile(r"\s*,\s*(?:and\s+)?the\s+(?![^,]*\b(?:where|during|which|when|"
                         r"whereby)\b)[^;:()]*$", re.I)


def _bracketed_elsewhere(s: Sentence, t: Trigger, made: list[Record],
                         ctx: Context) -> list[Record]:
    """"The visits of A to our country (June 15-16 and October 26, 2021), the visit
    to ..., the signing of X": the days in brackets are the visits'; a later item
    of the list takes the document's date, once."""
    for m in _BRACKET.finditer(s.text, s.start, t.start):
        inside = [d for d in s.dates if m.start(1) <= d.start and d.end <= m.end(1)]
        if not inside or not _LIST_ITEMS.match(s.text, m.end(), t.start):
            continue
        rest = s.text[m.start(1):m.end(1)]
        for d in reversed(inside):
            rest = rest[:d.start - m.start(1)] + rest[d.end - m.start(1):]
        if not _BRACKET_REST.fullmatch(rest):
            continue
        days = {f"-{d.m1:02d}-{d.d1:02d}" for d in inside if d.m1 and d.d1}
        if made and all(len(r.date.start or "") == 10 and (r.date.start or "")[4:] in days
                        for r in made):
            first = made[0]
            return [replace(first, date=ctx.default)]
    return made
