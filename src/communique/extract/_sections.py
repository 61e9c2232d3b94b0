"""Section headings that name a country: "3. Kenya (11-12 March)".

A readout of a tour often gives each stop a heading of its own, and the
events below it name their counterparts only by office ("met the Cabinet
Secretary for Foreign Affairs"). The country of the heading is the side
those events are with, and the days it gives are that stop's days (see
:mod:`communique.extract._tours`).
"""

from __future__ import annotations

import re

from ..model import DateSpan
from ._dates import resolve
from ._frame_parts import Context
from ._recognise import Sentence

__all__ = ["read_heading"]

#: what a stop's heading may hold besides its country and days: a number,
#: brackets, dashes, "and", a capital's name ("2. Ghana, Accra (1-2 May)")
_HEADING = re.compile(r"\s*(?:[\dIVX]+[.)]|\(\d+\)|[-–•*])?\s*(?:the\s+)?(?P<name>[^()\d]{2,60}?)"
                      r"\s*(?:\((?P<days>[^()]{3,40})\)|[,:–-]\s*(?P<days2>[^()]{3,40}))?\s*$")
_AND_DAY = re.compile(r"\s+(?:and|&)\s+(\d{1,2})\b")


#: a review's section on one partner: "Relations with Germany", "Bilateral cooperation
#: with the United States", "Ties with Japan", "Germany:"
_RELATIONS = re.compile(r"\s*(?:[\dIVX]+[.)]\s*|[-–•*]\s*)?(?:(?:bilateral|political|our)\s+)?"
                        r"(?:relations|cooperation|ties|partnership|dialogue)\s+with\s+"
                        r"(?:the\s+)?(?P<name>[^()\d:;,.]{2,50}?)\s*[:.]?\s*$", re.I)


def read_heading(s: Sentence, ctx: Context) -> None:
    """When the heading ``s`` is a country's name (with its days), make that
    country the side the section's events are with and note its days. In a review
    (no date carried), a heading on one partner ("Relations with Germany") makes it
    the section's side until the next heading (see ``Context.section_side``)."""
    if not ctx.carry:
        ctx.section_side = None
        rel = _RELATIONS.fullmatch(s.string)
        if rel is not None:
            a, b = s.start + rel.start("name"), s.start + rel.end("name")
            codes = {e.code for e in s.ents if a <= e.start and e.end <= b
                     and e.kind in ("country", "adj")}
            if len(codes) == 1 and ctx.issuer not in codes:
                ctx.section_side = next(iter(codes))
            return
    m = _HEADING.fullmatch(s.string)
    if not m:
        return
    a = s.start + m.start("name")
    b = s.start + m.end("name")
    names = [e for e in s.ents if a <= e.start and e.end <= b and e.kind == "country"]
    codes = {e.code for e in names}
    if len(codes) != 1 or ctx.issuer in codes:
        return
    rest = s.text[a:b]
    for e in names:
        rest = rest.replace(s.text[e.start:e.end], "")
    if re.search(r"[a-z]{4,}", re.sub(r"\b(?:the|and|of|Republic|Kingdom|State)\b", "", rest)):
        return  # "Relations with Kenya", "Visit to Ghana": a title, not a stop's heading
    code = names[0].code
    ctx.focus = [code]
    if not ctx.carry:
        ctx.section_side = code
    days = [d for d in s.dates if d.start >= b]
    if not days:
        return
    d = resolve(days[0], ctx.year, ctx.dateline)  # type: ignore[arg-type]
    start, end = d.iso()
    if start is None:
        return
    more = _AND_DAY.match(s.text, days[0].end)
    if more and end is None and len(start) == 10:
        end = f"{start[:8]}{int(more.group(1)):02d}"
    ctx.sections[code] = DateSpan(start, end if end != start else None)
