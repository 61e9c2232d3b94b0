"""A trip told by the return from it, with where it was in the same sentence: "Foreign
Minister A returns to Wellington today after a week of meetings in Nagoya, Japan",
"The Minister is back in Ottawa after the NATO summit in Brussels", "flew back to
Canberra on Friday from the East Asia Summit in Jakarta", "has returned home from
Tokyo, where she ...": the issuer's visit to that place, or to each place of a list
(used by :mod:`communique.extract._homecoming`), dated as the return is."""

from __future__ import annotations

import re

from ..model import DateSpan, Place, Record
from ._frame_dates import _dates
from ._frame_parts import Context, _ents, _record
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["back_from"]

#: what the return came after or from: "after a week of talks in", "from the summit in",
#: "from Tokyo", "following the meeting of the G20 in"
_AFTER = re.compile(r"\s(?:after|from|following)\s", re.I)
#: between two places of a list: ", ", " and ", ", and "
_JOINED = re.compile(r",?\s+and\s+|,\s+")
#: the stay told after the place by a noun of its own (a trigger of its own)
_TOLD_AFTER = re.compile(r"\b(?:visit|trip|tour|stay)\b", re.I)
#: the one who returns is an official: a title, or a pronoun right before the verb
_OFFICIAL = re.compile(r"\b(?:Minister|President|Secretary|Chancellor|Premier|Prime|Senator|"
                       r"delegation|Ambassador|envoy|Envoy|Speaker|King|Queen|Emir|"
                       r"Governor)\b|\b(?:he|she|they|I|we)\s+(?:has\s+|have\s+|had\s+)?$"
                       # ("Upon her return to Lima after ..., the Minister": the clause's own)
                       r"|\b(?:[Uu]pon|[Oo]n|[Aa]fter)\s+(?:his|her|their)\s+$")


def back_from(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
              ctx: Context) -> list[Record]:
    """The issuer's visit to the place the return came from (see the docstring)."""
    if not ctx.issuer or not _OFFICIAL.search(s.text, max(cl[0], t.start - 80), t.start):
        return []
    # (up to the next trigger: "after two days of talks in Berlin" tells the visit itself)
    m = _AFTER.search(s.text, t.end, reg[1])
    if m is None:
        return []
    where = [e for e in _ents(s, m.end(), reg[1], "city", "country")
             if e.code and e.code != ctx.issuer and len(e.code) == 3]
    if not where:
        return []
    # (a list of places: "after a mission to Fiji, Tonga and Samoa", one visit each)
    listed = [where[0]]
    for e in where[1:]:
        if not _JOINED.fullmatch(s.text, listed[-1].end, e.start):
            break
        listed.append(e)
    days = _dates(s, t, reg, cl, ctx)
    date = days[0] if len(days) == 1 else DateSpan(None)
    if _TOLD_AFTER.search(s.text, listed[-1].end, s.end):
        return []  # "from Lima, where she had been on a working visit": told there
    out: list[Record] = []
    for e in listed:
        if ("visit", (e.code,)) in ctx.reported or any(r.to == [e.code] for r in out):
            continue
        place = Place(e.code, s.text[e.start:e.end] if e.kind == "city" else None)
        out.append(_record("visit", date, [ctx.issuer], [e.code], [], place))
    return out
