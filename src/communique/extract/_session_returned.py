"""An official's return from a gathering, or after days or a programme at it: "returns
to Dublin today after a full schedule at the OSCE Ministerial Council in Vienna", "flew
back on Friday from the NATO Summit in Brussels". The official took part in it (a
multilateral record, as for "attended"), and the visit to where it was held, which the
return alone tells (see _back_from.py), is kept beside it."""

from __future__ import annotations

import dataclasses
import re

from ..model import Record
from ._back_from import back_from
from ._frame_parts import Context
from ._frames_other import _multilateral
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["session_returned"]

#: where the return's own words end: "after" or "from" (or "following")
_AFTER = re.compile(r"\s(?:after|from|following)\s", re.I)


def session_returned(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
                     ctx: Context) -> list[Record]:
    """The gathering taken part in and the visit to where it was held."""
    out = _multilateral(s, t, reg, cl, ctx)
    m = _AFTER.search(s.text, t.start, t.end)
    if m is not None:  # (the return alone as its trigger, as the visit's entry reads it)
        out += back_from(s, dataclasses.replace(t, end=m.start()), reg, cl, ctx)
    return out
