"""A tally of an occasion just told ("It was the President's fifth visit to Peru and
his twelfth meeting with President A since he took office in 2018"): the ordinal
counts earlier occasions, and a year after "since" opens the span counted, not the
day of the event. Its records are the occasion told before, on that occasion's
date (the visit collapses into the visit told; a meeting counted is one held on
that visit)."""

from __future__ import annotations

import re

from ..model import Record
from ._frame_parts import Context, _reported_key
from ._recognise import Sentence

__all__ = ["tallied"]

_ORDINAL = (r"(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
            r"eighth|ninth|tenth|eleventh|twelfth|(?:thirt|fourt|fift|sixt|sevent|eight|"
            r"ninet)eenth|twentieth|thirtieth|fortieth|fiftieth|(?:twenty|thirty|forty|"
            r"fifty)-\w+)")

#: "It was his eighth visit to", "This marked the President's third trip to", "The
#: visit was Xi's 31st meeting with"
_TALLY = re.compile(
    r"\W*(?:It|This|That|(?:The|This|That|His|Her)\s+(?:[\w-]+\s+)?(?:visit|trip|tour|"
    r"meeting|talks|stay))\s+(?:was|is|marked|became|represented)\s+(?:also\s+)?"
    r"(?:the\s+|(?:his|her|their)\s+|(?:[A-Z][\w.-]*\s+){0,3}?[A-Z][\w-]*['’]s\s+)"
    + _ORDINAL + r"\s+(?:[\w-]+\s+)?(?:visit|trip|journey|meeting|encounter|talks)\b")


def tallied(s: Sentence, recs: list[Record], ctx: Context) -> list[Record]:
    """The sentence's records, dated as the occasion told before when the sentence
    tallies it (not by the start of the span counted, "since 2013")."""
    seen = ctx.last_seen
    tally = _TALLY.match(s.text, s.start, s.end) if recs and seen else None
    if tally is None or seen is None:
        return recs
    # ("It was his third visit this year; in March he attended ...": past the semicolon
    # a clause of its own, its own month)
    semi = s.text.find(";", tally.end(), s.end)
    own = {d.m1 for d in s.dates if semi >= 0 and d.start > semi and d.m1}
    out = []
    for r in recs:
        if r.type == "visit" and _reported_key(r) in ctx.reported:
            continue  # "It was his eighth visit to A": the visit told
        if r.date is not None and len(r.date.start or "") >= 7 \
                and int((r.date.start or "")[5:7]) in own:
            out.append(r)
            continue
        r.date = seen
        out.append(r)
    return out
