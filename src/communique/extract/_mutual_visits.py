"""Mutual visits of two sides named together: "the accords made in the course of the
mutual official visits of the President of A and the President of B in 2017", "recalled
the reciprocal visits of the Presidents of C and D in 2021". Two visits, one each
way between the two sides named after the phrase, in the time told with them (the
plural "visits" named for their outcomes with no side named stays no visit: see
``_outcomes_of``); with no time told, the sentence is left as it was read."""

from __future__ import annotations

import re

from ..model import DateSpan, Record
from ._frame_basics import _record
from ._frame_dates import _resolved
from ._frame_parts import Context
from ._gate import Gated
from ._recognise import Sentence

__all__ = ["mutual_visits"]

#: "mutual state visits of", "reciprocal official visits by", "mutual visits between"
_MUTUAL = Gated(re.compile(
    r"\b(?:mutual|reciprocal)\s+(?:(?:state|official|working|high-level|top-level|"
    r"presidential|bilateral)\s+)*visits\s+(?:of|by|between)\s+", re.I))
#: where the two sides' phrase ends: a clause or a new predicate after it
_END = re.compile(r"[;:]|,\s+(?:which|where|when|during|while|and\s+the\s+two|as\s+well)\b|"
                  r"\b(?:and|which|that)\s+(?:have|has|had|were|was|are|is)\b", re.I)


#: visits still to come: "the upcoming mutual visits", "reciprocal visits planned for 2019"
_AHEAD = re.compile(r"\b(?:planned|scheduled|expected|upcoming|forthcoming|future|next|"
                    r"possible|proposed|will|would|to\s+be)\b", re.I)


def mutual_visits(s: Sentence, recs: list[Record], ctx: Context) -> list[Record]:
    """``recs`` with the visits of mutual visits of two sides named (see above) in
    place of the visits read from that phrase."""
    m = _MUTUAL.search(s.text, s.start, s.end)
    if m is None:
        return recs
    stop = _END.search(s.text, m.end(), s.end)
    b = stop.start() if stop else s.end
    # ("our country": the issuer)
    named = (ctx.issuer if e.kind == "issuer" else e.code for e in s.ents
             if m.end() <= e.start < b and not e.place
             and e.kind in ("country", "adj", "issuer"))
    sides: list[str] = list(dict.fromkeys(c for c in named if c))
    days = [d for d in _resolved(s.dates, ctx) if m.end() <= d.start <= b + 2]
    if len(sides) != 2 or not days \
            or _AHEAD.search(s.text, max(s.start, m.start() - 30), min(s.end, b + 30)):
        return recs
    day = DateSpan(*days[0].iso())
    pair = set(sides)
    kept = [r for r in recs if not (r.type == "visit" and set(r.from_ + r.to) <= pair | {
        ctx.issuer})]
    one, other = sides
    return kept + [_record("visit", day, [one], [other], []),
                   _record("visit", day, [other], [one], [])]
