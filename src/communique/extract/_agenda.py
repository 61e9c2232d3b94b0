"""The meetings a visiting guest's programme included: "In addition to bilateral
talks, the agenda included meetings with Austrian President A and Chancellor B
as well as with the Czech and Slovak foreign ministers" after the guest's visit
to the issuer. Those with the host's own officials are the host's meetings with
the guest's side, one per official; those with a third country's officials are
the guest's meetings with that country, not the host's."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Record
from ._frame_parts import Context
from ._persons import find_titles
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["guest_programme"]

#: "the agenda included", "his programme also featured", "the itinerary of the visit
#: comprised" right before the meeting trigger
_PROGRAMME = re.compile(r"\b(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:agenda|programme|"
                        r"program|schedule|itinerary)\b[^.;]{0,40}?\b(?:also\s+)?(?:included|"
                        r"includes|featured|features|comprised)\s+(?:an?\s+|the\s+|several\s+)?$",
                        re.I)
#: the host's officials end where a third country's begin ("as well as with the Czech ...")
_THIRD = re.compile(r"\s(?:as well as|and also|and)\s+with\b", re.I)


def guest_programme(s: Sentence, t: Trigger, made: list[Record], ctx: Context,
                    reach: int) -> list[Record]:
    """``made`` (the records of meeting trigger ``t``, whose object reaches to
    ``reach``) read as the programme of the guest of the visit told before."""
    guest = ctx.last_visitor
    if t.type != "meeting" or len(guest) != 1 or ctx.issuer in guest or not ctx.issuer \
            or not _PROGRAMME.search(s.text, max(s.start, t.start - 80), t.start):
        return made
    out: list[Record] = []
    for r in made:
        if r.from_ == [ctx.issuer] and r.to and r.to != guest and not r.organizations:
            out.append(replace(r, from_=list(guest)))  # the guest's talks with a third side
        else:
            out.append(r)
    third = _THIRD.search(s.text, t.end, reach)
    end = third.start() if third else reach
    # the host's officials: of the issuer, or of no country named ("President A and
    # Chancellor B" in the host's release)
    hosts = [m for m in find_titles(s, ctx.issuer, officials=True)
             if t.end <= m.start < end and m.country in (ctx.issuer, None)]
    told = sum(r.from_ == [ctx.issuer] and r.to == guest for r in out)
    if len(hosts) > told and made:
        base = made[0]
        out += [replace(base, from_=[ctx.issuer], to=list(guest), organizations=[])
                for _ in range(len(hosts) - told)]
    return out
