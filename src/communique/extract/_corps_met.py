"""The accredited diplomatic corps met as a body.

"The Foreign Minister briefed the Kathmandu-based diplomatic corps on Monday", "met
heads of diplomatic missions accredited to Nepal", "held a briefing for Dhaka-based
ambassadors": a meeting of the issuer (or the subject's country) with envoys the text
does not name one by one, so a `meeting` with no counterpart (`to: []`), at the place
the clause names. Read for the triggers of frame ``corps`` (``triggers.toml``).

A corps named by whose envoys it holds ("the diplomatic corps of the Nordic states and
Japan", "ambassadors of Gulf countries and of Kenya") has the countries named there as
counterparts, one meeting each; a group of states with no country's name ("of the Arab
states", "of the EU member states") still gives none.
"""

from __future__ import annotations

import re

from ..model import Record
from ._frame_basics import _record
from ._frame_dates import _dates
from ._frame_parts import Context, _codes, _ents, _place
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["corps_met"]

#: the envoys' countries after the corps: "of (the) ..." up to a comma, a semicolon or
#: where the envoys are posted or what was done ("accredited in", "based in", "on", "to")
_OF = re.compile(r"\s+of\s+")
_OF_END = re.compile(r"[,;:]|\s(?:accredited|based|resident|posted|who|which|on|at|in|to|"
                     r"about|regarding|for|during|and\s+(?:discussed|briefed|informed|"
                     r"presented|exchanged))\b")


def corps_met(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
              ctx: Context) -> list[Record]:
    """One meeting of the clause's subject (or the issuer) with the corps."""
    actors = _codes(_ents(s, cl[0], t.start, "country", "adj", "issuer"), ctx)
    frm = actors[:1] or ([ctx.issuer] if ctx.issuer else [])
    if not frm:
        return []
    place = _place(s, cl[0], cl[1], ctx)
    days = _dates(s, t, reg, cl, ctx)[:1]
    of = _OF.match(s.text, t.end, cl[1])
    if of is not None:  # ("the diplomatic corps of the Nordic states and Japan")
        end = _OF_END.search(s.text, of.end(), cl[1])
        envoys = [c for c in _codes(_ents(s, of.end(), end.start() if end else cl[1],
                                          "country", "adj"), ctx) if c not in frm]
        if envoys:
            return [_record("meeting", d, frm, [c], [], place) for c in envoys for d in days]
    return [_record("meeting", d, frm, [], [], place) for d in days]
