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

#: what may open an item before its day: the separator (or ", and"), then "on" (or "in":
#: "; in May, with C", ", and in May with C") or a bullet
_OPENS = re.compile(r"(?:[:;\n]|,\s+and)\s*(?:[-–—•*]\s*)?(?:(?:on|On|in|In)\s+)?$")
#: a day fronted at the sentence's start opens the first item: "In April, consultations
#: were held with A and B; in May, with C"
#: (after a dateline's dash too: "WARSAW, 4 April – In March, ...")
_FRONTED = re.compile(r"(?:[^–—\n]{0,60}\s[–—]\s+)?\s*(?:(?:on|On|in|In)\s+)?")
#: a partner listed right after the last one, sharing its day: " and ", ", and with "
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:with\s+)?(?:the\s+)?")
#: between the day and the partner: a dash or colon, "with", a title (no list mark)
_BETWEEN = re.compile(r"[^;:()\n]{0,80}|\s*[-–—:]\s*[^;:()\n]{0,80}")


def dates_leading(s: Sentence, ents: list[Ent], codes: list[str], head: int,
                  ctx: Context) -> list[DateSpan | None]:
    """The day each partner of ``codes`` is listed after (see the module); None for a
    partner with no such day. The first item may open at ``head``, the trigger ("held
    calls on 2 May with A; on 6 May with B")."""
    dates = _resolved(s.dates, ctx)
    # (a pair's mark is no partner between a day and its item: "held bilateral ...")
    ents = [x for x in ents if not x.code.startswith("@")]
    out: list[DateSpan | None] = []
    last: Ent | None = None
    shared: list[int] = []
    for code in codes:
        e = next((x for x in ents if x.code == code), None)
        got = None
        if e is not None:
            for d in dates:
                if d.end <= e.start and _BETWEEN.fullmatch(s.text, d.end, e.start) \
                        and not any(d.end <= x.start < e.start for x in ents) \
                        and (_OPENS.search(s.text, max(s.start - 1, d.start - 12), d.start)
                             or _FRONTED.fullmatch(s.text, s.start, d.start)
                             or head <= d.start and not any(head <= x.start < d.start
                                                            for x in ents)):
                    got = DateSpan(*d.iso())
            if got is None and out and out[-1] is not None and last is not None \
                    and last.end <= e.start and _LISTED.fullmatch(s.text, last.end, e.start):
                got = out[-1]  # ("with A and B; in May, with C": B shares A's day)
                shared.append(len(out))
        out.append(got)
        last = e
    if len({d for d in out if d is not None}) < 2:
        for i in shared:  # (one day for all: no list of items, each with its own)
            out[i] = None
    return out
