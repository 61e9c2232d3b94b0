"""Visits exchanged: "Visits were exchanged at the level of foreign ministers with A and
B", "Georgia and Armenia exchanged visits", "an exchange of visits of the foreign
ministers took place with C". Each partner named in the clause made a visit to the
issuer and received one from it: two visits per partner, one each way (as "mutual
visits of A and B": see ``_mutual_visits``), in the time the clause tells (else the
review's year; a readout's exchange with no time of its own is the relations' history,
no news). A hedge ("agreed to exchange visits") is read by the frames' common test of
planned events before this frame is asked."""

from __future__ import annotations

import re

from ..model import Record
from ._frame_basics import _record
from ._frame_dates import _dates
from ._frame_parts import Context, _ents
from ._recognise import ISSUER, Sentence
from ._triggers import Trigger

__all__ = ["exchanged_visits"]

#: an exchange wished for or spoken of, not made: "expressed hope for an exchange of
#: visits", "stressed the importance of an exchange of visits", "discussed the prospects
#: of an exchange of visits", "called for the exchange of visits"
_WISHED = re.compile(r"\b(?:hopes?|hoped|wish\w*|proposed|propose|called\s+for|calls\s+for|"
                     r"importance|need|prospects?|possibility|possible|plans?|planned|"
                     r"discuss\w*|agreed\s+(?:on|to)|will|would|should|intensify|"
                     r"continue|further)\b[^.;]{0,30}$", re.I)


def exchanged_visits(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
                     ctx: Context) -> list[Record]:
    """Two visits, one each way, between the issuer and each partner named in the
    trigger's clause (none when the issuer is unknown or no partner is named)."""
    issuer = ctx.issuer
    if not issuer or _WISHED.search(s.text, max(cl[0], t.start - 60), t.start):
        return []
    partners = list(dict.fromkeys(
        e.code for e in _ents(s, cl[0], cl[1], "country", "adj")
        if not e.place and e.code and e.code not in (ISSUER, issuer)))
    if not partners or (ctx.carry and not any(cl[0] <= d.start < cl[1] for d in s.dates)):
        # (a readout's "Kenya and Ghana exchanged state visits" with no time of its own:
        # the relations' history, not the day's news)
        return []
    date = _dates(s, t, reg, cl, ctx)[0]
    out: list[Record] = []
    for p in partners:
        out += [_record("visit", date, [issuer], [p], []),
                _record("visit", date, [p], [issuer], [])]
    return out
