"""A trip told only by the return home: "The Minister and delegation returned to
Warsaw on 15 August" after the events told in Colombo is the issuer's visit to
Sri Lanka, from the first day told there to the return (one for each country
told abroad since the text was last at home, when no visit there was told)."""

from __future__ import annotations

import re

from ..model import DateSpan, Record
from ._back_from import back_from
from ._frame_dates import _dates
from ._frame_parts import Context, _ents, _record
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["note_abroad", "return_home"]

#: "returned home", "returned back home"
_HOME = re.compile(r"\s+(?:back\s+)?home\b", re.I)


def note_abroad(ctx: Context, made: list[Record]) -> None:
    """Keep where the issuer's events took place abroad since it was last told at
    home, each country with the first day told there: what a later "returned to
    <home>" ends."""
    for r in made:
        if ctx.issuer and ctx.issuer in r.from_ and r.place is not None and r.place.country:
            ctx.last_abroad = None if r.place.country == ctx.issuer else str(r.place.country)
        # (a city, not a country alone: "the situation in Myanmar" is a topic)
        if not ctx.issuer or ctx.issuer not in r.from_ or r.place is None \
                or not r.place.country or not r.place.city or not r.date.start:
            continue
        if r.place.country == ctx.issuer:
            ctx.abroad = []  # back at home: the trip told before is over
        elif all(p.country != r.place.country for p, _ in ctx.abroad):
            ctx.abroad.append((r.place, r.date))


def return_home(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
                ctx: Context) -> list[Record]:
    """The issuer's trip to where its events were told abroad, when the sentence
    tells the return to a place of the issuer's own ("returned to Nay Pyi Taw",
    "returned home") and no visit there was told."""
    if not ctx.issuer:
        return []
    home = _HOME.match(s.text, t.end) is not None or any(
        e.code == ctx.issuer for e in _ents(s, t.end, reg[1], "city", "country", "issuer")[:1])
    if not home:
        return []
    came_from = back_from(s, t, reg, cl, ctx)  # "... after the summit in Brussels"
    if came_from or not ctx.abroad:
        return came_from
    days = _dates(s, t, reg, cl, ctx)
    back = days[0].start if len(days) == 1 else None
    out = []
    for i, (place, first) in enumerate(ctx.abroad):
        if ("visit", (place.country,)) in ctx.reported:
            continue
        # (the return ends the last stop's stay; an earlier stop's end is not told)
        end = back if back and first.start and len(back) == len(first.start) == 10 \
            and back > first.start and i == len(ctx.abroad) - 1 else None
        out.append(_record("visit", DateSpan(first.start, end), [ctx.issuer],
                           [place.country or ""], [], place))
    return out
