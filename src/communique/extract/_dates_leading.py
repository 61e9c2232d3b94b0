"""Partners each after their own date, in a digest's list: "Telephone conversations: 2
May – with the Foreign Minister of Greece; 6 May – with the Foreign Minister of
Cyprus", "on 2 May with A; on 6 May with B". Each item opens with its day (after the
list's colon, a semicolon or a new line; the first also right after the trigger),
the partner follows it with nothing set off between: the partner takes that day."""

from __future__ import annotations

import re

from ..model import DateSpan
from ._frame_dates import _resolved
from ._frame_parts import Context
from ._recognise import Ent, Sentence

__all__ = ["dates_leading"]

#: what may open an item before its day: the separator, then "on" or a bullet
_OPENS = re.compile(r"[:;\n]\s*(?:[-–—•*]\s*)?(?:(?:on|On)\s+)?$")
#: between the day and the partner: a dash or colon, "with", a title (no list mark)
_BETWEEN = re.compile(r"[^;:()\n]{0,80}|\s*[-–—:]\s*[^;:()\n]{0,80}")


def dates_leading(s: Sentence, ents: list[Ent], codes: list[str], head: int,
                  ctx: Context) -> list[DateSpan | None]:
    """The day each partner of ``codes`` is listed after (see the module); None for a
    partner with no such day. The first item may open at ``head``, the trigger ("held
    calls on 2 May with A; on 6 May with B")."""
    dates = _resolved(s.dates, ctx)
    out: list[DateSpan | None] = []
    for code in codes:
        e = next((x for x in ents if x.code == code), None)
        got = None
        if e is not None:
            for d in dates:
                if d.end <= e.start and _BETWEEN.fullmatch(s.text, d.end, e.start) \
                        and not any(d.end <= x.start < e.start for x in ents) \
                        and (_OPENS.search(s.text, max(s.start - 1, d.start - 12), d.start)
                             or head <= d.start and not any(head <= x.start < d.start
                                                            for x in ents)):
                    got = DateSpan(*d.iso())
        out.append(got)
    return out
