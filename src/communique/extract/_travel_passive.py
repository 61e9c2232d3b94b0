"""A visit told in the passive or as received: "Peru was visited by the Foreign
Minister of A", "Egypt received the state visit of President B", "welcomed an official
visit from Prime Minister C". The host stands before the trigger, the visitors after
it; a host named by a person ("The President received on 15 May the official visit
of ...") also met the guest. One of the frames of :mod:`communique.extract._frames`.
"""

from __future__ import annotations

import re

from ..model import Record
from ._frame_basics import _topic_cut
from ._frame_dates import _dates
from ._frame_parts import Context, _codes, _ents, _group, _record
from ._guest_org_visit import org_guest_visit
from ._recognise import Sentence
from ._travel_guests import date_beside, more_beside
from ._triggers import Trigger
from ._venues import orgs_named as _orgs

__all__ = ["travel_passive"]

_RECEIVED = re.compile(r"(?:received|welcomed|hosted)\b", re.I)
#: counted visits and the place they went to, inside the trigger ("14 visits to Georgia")
_VISITS_TO = re.compile(r"\bvisits to (?:the )?(?=[A-Z])")
#: a guest named by a title right after "visit of|by|from": "Prime Minister A",
#: "the President", "Foreign Minister Dr A"
_GUEST_TITLED = re.compile(r"\s+(?:the\s+)?(?:(?:Honou?rable|Hon\.|H\.E\.|Dr\.?|Deputy|Vice|"
                           r"Foreign|Acting)\s+)*(?-i:President|Prime\s+Minister|Premier|"
                           r"Minister|Chancellor|King|Queen|Emir|Speaker|Governor[- ]General)\b")
_HOST_PERSON = re.compile(r"\b(?:President|Prime Minister|Minister|King|Queen|Emir|Sultan|"
                          r"Head of State|Chancellor|Premier|Secretary|Speaker|"
                          # "The Head of the Timor-Leste Government", "Head of Government"
                          r"Head of (?:the )?(?:[\w-]+ )?Government)\b")


def travel_passive(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
                    ctx: Context) -> list[Record]:
    hosts = _codes(_group(s, _ents(s, cl[0], t.start, "country", "issuer", "city")), ctx,
                   places=True) or ([ctx.issuer] if ctx.issuer else [])
    if (to := _VISITS_TO.search(t.text)) is not None:
        # "14 official visits to Georgia, including by the Presidents of A and B": the
        # place the counted visits went to, named inside the trigger, is the host
        hosts = _codes(_group(s, _ents(s, t.start + to.end(), t.end, "country", "issuer",
                                       "city")), ctx, places=True) or hosts
    rb = _topic_cut(s, t.end, reg[1])
    visitors = [c for c in _codes(_ents(s, t.end, rb, "country", "adj"), ctx) if c not in hosts]
    orgs = _orgs(s, t.end, rb)
    if not visitors and not orgs and ctx.issuer and hosts[:1] != [ctx.issuer] \
            and _GUEST_TITLED.match(s.text, t.end, rb):
        # "Peru welcomed an official visit from Prime Minister A": a guest of no
        # country named, to a foreign host, is the issuer's own
        visitors = [ctx.issuer]
    if not visitors and not orgs and ctx.guest_org and hosts[:1] == [ctx.issuer] \
            and org_guest_visit(s, t.start, t.end, []):
        orgs = ctx.guest_org[:1]  # "welcomed the visit of the Secretary-General": the guest
    out = []
    guests = _ents(s, t.end, rb, "country", "adj")
    besides = [date_beside(s, guests, v, ctx) for v in visitors] if len(visitors) > 1 else []
    if sum(b is not None for b in besides) >= 2 and hosts:
        # "received visits by the President of A in March, the Prime Minister of B in
        # May": each guest the month beside it
        out = [_record("visit", d, [v], hosts[:1], [])
               for v, b in zip(visitors, besides, strict=True)
               for d in [b or ctx.default, *(more_beside(s, guests, v, ctx) if b else [])]]
    for date in _dates(s, t, reg, cl, ctx) if not out else []:
        for h in hosts[:1]:
            for v in visitors:
                out.append(_record("visit", date, [v], [h], []))
            if not visitors and orgs:
                out.append(_record("visit", date, [], [h], orgs[:1]))
    if _RECEIVED.match(t.text) and _HOST_PERSON.search(s.text, cl[0], t.start):
        # "The President received on 15 May the official visit of ...": the host met
        # the guest ("Egypt received the visit of ...": the country, no meeting told)
        out += [_record("meeting", r.date, r.to, r.from_, []) for r in out if r.from_]
    return out
