"""A stop told by its rank among a tour's stops: "French Polynesia was the 15th he
visited", "Fiji is the third country the Minister has visited this year". The place
before the verb is the host and the one who visited (a pronoun, or the Minister) the
issuer's side; the places still to come ("leaving only A and B to go") are no visit."""

from __future__ import annotations

from ..model import Record
from ._frame_dates import _dates
from ._frame_parts import Context, _codes, _ents, _place, _record
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["stop_counted"]


def stop_counted(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
                 ctx: Context) -> list[Record]:
    """The issuer's visit to the place ranked among its stops (see above)."""
    if not ctx.issuer:
        return []
    # (the place nearest before the verb: "After Samoa, Fiji is the third ...": Fiji)
    near = sorted(_ents(s, cl[0], t.start, "country", "city"), key=lambda e: e.start)[-1:]
    hosts = [c for c in _codes(near, ctx, places=True) if c != ctx.issuer]
    if not hosts:
        return []
    place = _place(s, near[0].start, t.start, ctx)
    return [_record("visit", d, [ctx.issuer], hosts, [], place)
            for d in _dates(s, t, reg, cl, ctx)[:1]]
