"""The accredited diplomatic corps met as a body.

"The Foreign Minister briefed the Kathmandu-based diplomatic corps on Monday", "met
heads of diplomatic missions accredited to Nepal", "held a briefing for Dhaka-based
ambassadors": a meeting of the issuer (or the subject's country) with envoys the text
does not name one by one, so a `meeting` with no counterpart (`to: []`), at the place
the clause names. Read for the triggers of frame ``corps`` (``triggers.toml``).
"""

from __future__ import annotations

from ..model import Record
from ._frame_basics import _record
from ._frame_dates import _dates
from ._frame_parts import Context, _codes, _ents, _place
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["corps_met"]


def corps_met(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
              ctx: Context) -> list[Record]:
    """One meeting of the clause's subject (or the issuer) with the corps."""
    actors = _codes(_ents(s, cl[0], t.start, "country", "adj", "issuer"), ctx)
    frm = actors[:1] or ([ctx.issuer] if ctx.issuer else [])
    if not frm:
        return []
    place = _place(s, cl[0], cl[1], ctx)
    return [_record("meeting", d, frm, [], [], place) for d in _dates(s, t, reg, cl, ctx)[:1]]
