"""Partners named as "each" of the places a sentence has just told visits to.

A review sums up a tour and what was done at each stop in one sentence: "visited Ghana,
Kenya and Mozambique, and held summit meetings with the leaders of each country",
"travelled to Chile and Peru, where he met the foreign ministers of both countries",
"toured A, B and C, signing agreements with all three". The meeting (or signing) names
no country of its own: its partners are the hosts of the visits told before it in the
sentence, one record each, on that visit's date."""

from __future__ import annotations

import re

from ..model import Record
from ._frame_basics import _record

__all__ = ["with_each_host"]

#: the partners as each (or all) of the places just named
_EACH = re.compile(
    r"\b(?:(?:of|in|from|with)\s+(?:each|every|all|both|these|those|the\s+(?:two|three|four|"
    r"five|six))(?:\s+(?:of\s+)?(?:the\s+)?(?:two|three|four|five|six))?\s+(?:countries|"
    r"country|nations?|states?|capitals?|of\s+them)|(?:with|of)\s+(?:each|all|both)\s+of\s+"
    r"them|(?:with|of)\s+(?:all|both)\s+(?:two|three|four|five|six)\b|each\s+country['’]s|"
    r"their\s+(?:respective\s+)?(?:hosts|counterparts\s+there))", re.I)


def with_each_host(s_text: str, start: int, end: int, kind: str, before: list[Record],
                   issuer: str | None) -> list[Record]:
    """One record of ``kind`` with the host of each visit of ours told before in the
    sentence, when ``s_text[start:end]`` names its partners as each of those places."""
    if not issuer or kind not in ("meeting", "call", "agreement"):
        return []
    visits = [r for r in before if r.type == "visit" and r.from_ == [issuer] and r.to]
    if len(visits) < 2 or not _EACH.search(s_text, start, end):
        return []
    out: list[Record] = []
    for v in visits:
        for host in v.to:
            if host != issuer:
                out.append(_record(kind, v.date, [issuer], [host], []))
    return out
