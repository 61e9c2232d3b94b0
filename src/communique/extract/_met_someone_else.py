"""Countries visited, then someone of another country met in the same clause
("In May, the President visited Kenya and Ghana and met the Japanese Prime Minister
in Osaka"): the meeting is with the side named after "met", not with the countries
of the journey before it. With no other side named ("visited Kenya and Ghana and met
their presidents"), the hosts stay the ones met."""

from __future__ import annotations

import re

from ..model import Record
from ._recognise import Sentence

__all__ = ["met_someone_else"]

#: "visited A and B and (also) met (with)", "toured A, then held talks with"
_VISITED_THEN_MET = re.compile(
    r"\b(?:visited|toured|travell?ed\s+to|paid\s+(?:[\w-]+\s+){0,2}visits?\s+to)\s+"
    r"(?P<went>[^.;]{2,120}?)(?:,\s+|\s+)(?:and|then|where\s+(?:he|she)\s+also)\s+"
    r"(?:also\s+|later\s+|then\s+)?"
    r"(?:met(?:\s+with)?|held\s+(?:[\w-]+\s+)?talks\s+with|had\s+(?:a\s+)?(?:[\w-]+\s+)?"
    r"meetings?\s+with)\s+(?P<met>[^.;]{2,160})")

_SIDES = ("country", "adj", "city")


def met_someone_else(s: Sentence, recs: list[Record]) -> list[Record]:
    """The sentence's records, without the meetings with countries only visited
    when the clause of meeting names another country's side."""
    if not any(r.type == "meeting" for r in recs):
        return recs
    m = _VISITED_THEN_MET.search(s.text, s.start, s.end)
    if m is None:
        return recs
    went = {e.code for e in s.ents if e.kind in _SIDES and m.start("went") <= e.start
            and e.end <= m.end("went")}
    met = {e.code for e in s.ents if e.kind in _SIDES and m.start("met") <= e.start
           and e.end <= m.end("met")}
    if not went or not met or went & met:
        return recs
    return [r for r in recs if not (r.type == "meeting" and r.to and set(r.to) <= went)]
