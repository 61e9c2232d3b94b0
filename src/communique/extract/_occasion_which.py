"""An event told in a relative clause about the occasion just named ("... and Fiji's
Prime Minister's visit to Port Vila in June, on the occasion of which a partnership was
signed", "hosted the President of Togo in April, during which ..."): when the clause
names no side of its own, its partner is that occasion's, not every country the
sentence named before."""

from __future__ import annotations

import re

from ._frame_parts import Context
from ._recognise import Sentence

__all__ = ["occasion_partner"]

#: the clause: "(,) on the occasion of which", "in the course of which", "during which",
#: "on which occasion", "at which"
_WHICH = re.compile(r"\b(?:(?:on|in)\s+the\s+(?:occasion|course)\s+of\s+which|during\s+which|"
                    r"on\s+which\s+occasion|at\s+which)\b", re.I)
#: what ends such a clause before the event
_CLAUSE_END = re.compile(r"[;.]|,\s+(?:and|while|but)\s+", re.I)


def occasion_partner(s: Sentence, t_start: int, codes: list[str], ctx: Context) -> list[str]:
    """The sides ``codes`` other than the issuer; for an event inside such a clause that
    names no country of its own, the partner in focus (the occasion just told) when it
    is one of them or none is named."""
    others = [c for c in codes if c != ctx.issuer]
    focus = [c for c in ctx.focus if c != ctx.issuer][:1]
    if not focus or (others and focus[0] not in others):
        return others
    last = None
    for m in _WHICH.finditer(s.text, s.start, t_start):
        last = m
    if last is None or _CLAUSE_END.search(s.text, last.end(), t_start) or any(
            last.end() <= e.start < t_start and e.kind in ("country", "adj") for e in s.ents):
        return others
    return focus
