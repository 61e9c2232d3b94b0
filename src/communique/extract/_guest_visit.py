"""A guest's visit told only by its bare name: "During the visit, the Foreign
Secretary of Kenya called on the Prime Minister", "Within the framework of the
visit, the Kenyan delegation was received by ...". No visit trigger reads "the
visit," (it names neither visitor nor host); the subject of the clause that
follows does: a guest of another country, met by the issuer's side in the same
sentence, came on that visit. Nothing is told when the subject names no other
country ("During the visit, the Minister met the Kenyan ..."), or when a visit to
the issuer was reported already (the visit named is that one)."""

from __future__ import annotations

import re

from ..model import Record
from ._frame_parts import Context, _record
from ._recognise import Sentence

__all__ = ["guest_visit"]

#: the sentence opens with the visit named bare: "During the visit,", "In the course
#: of this visit,", "Within the framework of the visit,", "As part of the visit,"
_OPENER = re.compile(
    r"\s*(?:During|Throughout|In\s+the\s+course\s+of|(?:With)?in\s+the\s+framework\s+of|"
    r"As\s+part\s+of|On\s+the\s+sidelines\s+of)\s+(?:the|this)\s+(?:[\w-]+\s+)?visit\s*,",
    re.I)
#: a verb between the opener and the country: the country is no longer the subject's
_VERB = re.compile(r"\b(?:met|meets|called|calls|received|receives|was|were|held|holds|had|"
                   r"has|paid|pays|discussed|signed|welcomed|hosted|granted)\b")
#: how far after the opener the subject's country may be named
_SUBJECT_SPAN = 70


#: a guest received "upon his arrival in Cairo", "on her arrival at Cairo airport"
_ON_ARRIVAL = re.compile(r"\b(?:upon|on)\s+(?:his|her|their)\s+arrival\s+(?:in|at)\s+", re.I)


def _received_on_arrival(s: Sentence, recs: list[Record], issuer: str) -> list[Record]:
    """The visit of a guest the issuer's side received upon arrival in a city of the
    issuer's (the meeting's partner, on its day), or nothing."""
    m = _ON_ARRIVAL.search(s.text, s.start, s.end)
    if m is None or not any(e.start == m.end() and e.kind in ("city", "country")
                            and e.code == issuer for e in s.ents):
        return []
    met = [r for r in recs if r.type == "meeting" and r.from_ == [issuer] and len(r.to) == 1]
    if len(met) != 1 or any(r.type == "visit" for r in recs):
        return []
    return [_record("visit", met[0].date, list(met[0].to), [issuer], [], None)]


def guest_visit(s: Sentence, recs: list[Record], ctx: Context) -> list[Record]:
    """The visit of the guest who is the subject after a bare "During the visit,"
    (see above), or of a guest received upon arrival; or nothing."""
    issuer = ctx.issuer
    if issuer and "arrival" in s.text[s.start:s.end]:
        arrived = _received_on_arrival(s, recs, issuer)
        if arrived:
            return arrived
    if not issuer or "visit" not in s.text[s.start:s.start + 60].lower():
        return []
    m = _OPENER.match(s.text, s.start, s.end)
    if m is None:
        return []
    end = min(s.end, m.end() + _SUBJECT_SPAN)
    guest = next((e for e in s.ents if m.end() <= e.start < end
                  and e.kind in ("country", "adj") and not e.place), None)
    if guest is None or guest.code == issuer or _VERB.search(s.text, m.end(), guest.start):
        return []
    met = [r for r in recs if r.type in ("meeting", "call") and r.from_ == [issuer]
           and guest.code in r.to]
    if not met or ("visit", (issuer,)) in ctx.reported:  # "the visit" is the one told
        return []
    if any(r.type == "visit" and guest.code in r.from_ for r in recs):
        return []  # the sentence's frames told it already
    return [_record("visit", met[0].date, [guest.code], [issuer], [], None)]
