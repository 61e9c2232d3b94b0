"""A guest's visit told only by its bare name: "During the visit, the Foreign
Secretary of Kenya called on the Prime Minister", "Within the framework of the
visit, the Kenyan delegation was received by ...". No visit trigger reads "the
visit," (it names neither visitor nor host); the subject of the clause that
follows does: a guest of another country, met by the issuer's side in the same
sentence, came on that visit. Nothing is told when the subject names no other
country ("During the visit, the Minister met the Kenyan ..."), or when a visit to
the issuer was reported already (the visit named is that one). The same bare opener
with the issuer's own side as the subject ("During the visit, the Latvian delegation
met ...") after talks told abroad is the issuer's visit there (see
:func:`_own_visit_opened`)."""

from __future__ import annotations

import re

from ..model import Record
from ._envoy_arrival import envoy_arrives
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
#: (or one with its partner after it: "also exchanged views with the Danish ...",
#: "spoke with", "conferred with")
_VERB = re.compile(r"\b(?:met|meets|called|calls|received|receives|was|were|held|holds|had|"
                   r"has|paid|pays|discussed|signed|welcomed|hosted|granted|spoke|talked|"
                   r"exchanged|conferred|visited|toured|addressed)\b|\b[a-z]+ed\s+with\b")
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
    if envoy_arrives(s, m.start(), m.end()):
        return []  # "Upon his arrival, the new Ambassador of A called on": a post taken up
    met = [r for r in recs if r.type == "meeting" and r.from_ == [issuer] and len(r.to) == 1]
    if len(met) != 1 or any(r.type == "visit" for r in recs):
        return []
    return [_record("visit", met[0].date, list(met[0].to), [issuer], [], None)]


#: the sentence opens with the subject's own visit named without its host, maybe with
#: its days, maybe after a news dateline: "As part of her official visit from 4 to 6
#: June,", "During her official visit," (not "During his visit to Peru": a visit
#: trigger reads that)
_OWN_OPENER = re.compile(
    r"\s*(?:[^.\n]{0,60}?\s[–—-]{1,2}\s+)?(?:\d+\.\s*)?(?:During|Throughout|In\s+the\s+course\s+of|(?:With)?in\s+the\s+"
    r"framework\s+of|As\s+part\s+of)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:visit|stay|trip)\b(?!\s+(?:to|in|at|of)\b)[^,;]{0,40},", re.I)


def _own_visit_opened(s: Sentence, recs: list[Record], ctx: Context) -> list[Record]:
    """The issuer's visit to the one partner its side met, when the sentence opens on
    "his visit" with no host named and the issuer's events were last told in that
    partner's country (or the story is filed from there); or nothing."""
    issuer = ctx.issuer
    # ("During the visit, the Latvian delegation met ...": the visit named bare, its
    # subject the issuer's side, is the issuer's own too)
    m = _OWN_OPENER.match(s.text, s.start, s.end) or _OPENER.match(s.text, s.start, s.end)
    if issuer is None or m is None or any(r.type == "visit" for r in recs):
        return []
    # (a meeting with an organisation's official met there too names no host)
    met = [r for r in recs if r.type in ("meeting", "consultation") and r.from_ == [issuer]
           and (r.to or not r.organizations)]
    hosts = {c for r in met for c in r.to}
    if not met or len(hosts) != 1 or any(len(r.to) != 1 for r in met):
        return []
    host = next(iter(hosts))
    if host not in (ctx.last_abroad, ctx.filed_in) or ("visit", (host,)) in ctx.reported:
        return []
    # (the subject is the issuer's: no other country named before the verb)
    verb = _VERB.search(s.text, m.end(), s.end)
    if verb is None or any(e.kind in ("country", "adj") and e.code != issuer and not e.place
                           and m.end() <= e.start < verb.start() for e in s.ents):
        return []
    return [_record("visit", met[0].date, [issuer], [host], [], None)]


def guest_visit(s: Sentence, recs: list[Record], ctx: Context) -> list[Record]:
    """The visit of the guest who is the subject after a bare "During the visit,"
    (see above), of a guest received upon arrival, or the issuer's own visit opened
    as "his visit" (see :func:`_own_visit_opened`); or nothing."""
    issuer = ctx.issuer
    own = _own_visit_opened(s, recs, ctx)
    if own:
        return own
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
