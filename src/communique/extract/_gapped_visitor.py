"""A second visitor whose verb is left out: "The Prime Minister of Greece visited Croatia
in June, and the President of Portugal in November"; "The Foreign Minister of Slovenia
came to Zagreb in March, and his Austrian colleague in June"; "... and so did the
President of Portugal in November". After a visit to us told with a time of its own, a
last conjunct that names only another side's office-holder (by country or nationality)
and a time of its own is that side's visit to us, at that time. After our own visit
abroad, "visited Greece in June, and the Prime Minister of Portugal in November" names
whom we visited (the object left out), not a second visitor, and is left to the frames;
so is a conjunct that names a place ("and Slovenia in November": the same visitor's next
stop) or has a verb of its own."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Record
from ._frame_dates import _dates
from ._frame_parts import Context
from ._recognise import ISSUER, Sentence
from ._triggers import Trigger

__all__ = ["gapped_visitors"]

#: ", and the President of Portugal in November." / ", and so did his Austrian colleague
#: on Tuesday": the conjunct, its office-holder, then the time, to the end of the sentence
#: or to a relative clause about that visit (", when he also opened a forum")
_CONJUNCT = re.compile(
    r",?\s+and\s+(?:so\s+did\s+|then\s+|later\s+)?(?:by\s+)?"
    r"(?P<who>(?:the|his|her|their|its|our)\s+[^,;:()]{3,90}?)\s+"
    r"(?P<when>(?:in|on|at\s+the\s+(?:start|end|beginning)\s+of|late\s+in|early\s+in)\s+"
    r"[^,;:()]{3,40}?)\s*(?:[.!]?\s*$|(?=,\s+(?:when|where|during\s+which|which|who)\b))",
    re.I)
#: a verb of its own in the conjunct: its own clause, read by the frames
_VERB = re.compile(r"\b(?:was|were|is|are|has|had|have|did|does|do|will|would|"
                   r"\w+ed|met|went|came|made|paid|held|took|gave|saw)\b", re.I)
#: office-holders (a conjunct naming no such person is a place or a thing)
_HOLDER = re.compile(r"\b(?:president|prime\s+minister|minister|secretary|chancellor|"
                     r"premier|king|queen|emir|sultan|prince|princess|crown\s+prince|"
                     r"speaker|chair\w*|head|leader|counterpart|colleague|envoy|"
                     r"vice[- ]president|deputy|governor|commissioner|delegation)s?\b",
                     re.I)


def gapped_visitors(s: Sentence, t: Trigger, made: list[Record], ctx: Context
                    ) -> list[Record]:
    """``made`` with the gapped conjunct's visit: a record of the trigger already dated
    by the conjunct's time (the frame's one visit per date) changes visitor; otherwise a
    visit of the conjunct's side to the same place is added."""
    visits = [r for r in made if r.type == "visit" and len(r.from_) == 1
              and r.to == [ctx.issuer]]
    if not visits or t.type != "visit" or not ctx.issuer:
        return made
    m = _CONJUNCT.search(s.text, t.end, s.end)
    if m is None or _VERB.search(m.group("who")) or not _HOLDER.search(m.group("who")):
        return made
    sides = {c for r in visits for c in r.from_ + r.to}
    codes = {ctx.issuer if e.code == ISSUER else e.code
             for e in s.ents if m.start("who") <= e.start and e.end <= m.end("who")
             and e.kind in ("country", "adj") and not e.place}
    if len(codes) != 1 or codes <= sides:
        return made
    who = next(iter(codes))
    if not any(m.start("when") <= d.start < m.end("when") for d in s.dates) or not any(
            d.end <= m.start() and d.start >= t.start for d in s.dates):
        return made  # (the first visit's time told after the trigger, the conjunct's own)
    region = (m.start("when"), m.end("when"))
    date = _dates(s, t, region, region, ctx)[0]
    first = visits[0]
    out = [replace(r, from_=[who]) if r in visits and r.date == date and r is not first
           else r for r in made]
    if any(r.from_ == [who] for r in out):
        return out
    return out + [replace(first, from_=[who], date=date)]
