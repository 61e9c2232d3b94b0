"""The issuer's capital (or country) as the host of its guests: "Freetown received the
Vice President of Nigeria on 9 and 10 March, and the Foreign Minister of Türkiye on 21
May"; "Nassau welcomed the Secretary-General of the Commonwealth on 15 and 16 May"; a
review's "We welcomed the Foreign Ministers of A and B". A
place receives no one in person: each guest's record is a visit to the issuer (the
meetings with its officials are told in their own sentences)."""

from __future__ import annotations

import re

from ..model import DateSpan, Record
from ._frame_dates import _resolved
from ._frame_parts import Context, _record
from ._recognise import ISSUER, Sentence

__all__ = ["guest_of_stay", "place_hosts", "visit_referred_to"]


#: a sentence opened by a place as the subject of a hosting verb (an opening time
#: before it allowed: "In March, Nairobi hosted ...")
_HOSTS = re.compile(r"\W*(?:(?:In|On|During|Between|From)\s[^,.;]{1,40},\s+|"
                    r"(?:This|Last|That)\s+year,?\s+|"
                    # a year's span with no comma: "During the year Chile hosted", "In
                    # 2023 Chile welcomed"
                    r"(?:In|During|Over|Throughout)\s+(?:the\s+(?:past\s+|last\s+)?year|"
                    r"\d{4})\s+)?"
                    # a review's spokesperson who reports it: "She said Chile also hosted",
                    # "The spokesperson noted that Chile welcomed"
                    r"(?:(?:[A-Z][\w'’.-]*\s+)(?:[\w'’.-]+\s+){0,4}?(?:said|noted|added|"
                    r"stated|recalled|highlighted|pointed\s+out)(?:\s+that)?,?\s+)?"
                    r"(?P<place>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}|we|[Oo]ur\s+(?:country|capital|nation|homeland))\s+"
                    r"(?:also\s+|then\s+|later\s+)?(?:ha[sd]\s+(?:also\s+)?)?"
                    # (a review's pride in its guests: "We were honoured to host the King")
                    r"(?:(?:were|was)\s+(?:(?:very|most|particularly)\s+)?(?:honou?red|pleased|"
                    r"delighted|proud|privileged)\s+to\s+(?=host|welcome|receive))?"
                    r"(?:received|welcomed|hosted|played\s+host\s+to|"
                    r"(?<=to\s)(?:host|welcome|receive))\s+"
                    # (the place between: "We welcomed in Rabat the Foreign Ministers of")
                    r"(?:(?:in|to)\s+[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?,?\s+)?(?:the\s+|a\s+)?"
                    r"(?:[\w-]+\s+){0,3}?(?:President|presidents?\b|Vice[- ]President|"
                    r"Prime\s+Minister|prime\s+ministers?\b|Minister|ministers?\b|"
                    r"Secretary[- ]General|Director[- ]General|Secretary|King|Queen|"
                    r"Emir|Sultan|Crown\s+Prince|Chancellor|"
                    r"Premier|Speaker|Director|Head|Chair\w*|delegation)")


#: where a clause of the issuer's own voice begins after another: ", and we", "; we"
_WE_LATER = re.compile(r"(?:,\s+(?:and|while|but)|[;:]|\s+and)\s+(?=we\s+(?:also\s+)?"
                       r"(?:received|welcomed|hosted)\b)")


_OF_ORG = re.compile(r"\s+of\s+(?:the\s+)?")
_PURPOSE = re.compile(r"\b(?:for\s+(?:the|a|an|its|their)|to\s+attend|to\s+take\s+part)\b")


def place_hosts(s: Sentence, recs: list[Record], ctx: Context) -> list[Record]:
    """The sentence's records, the meetings of a place that hosts read as visits
    of its guests; an organisation's official hosted, with no record yet, a visit."""
    issuer = ctx.issuer
    m = _HOSTS.match(s.text, s.start, s.end)
    if m is None:
        # a review's "we" hosting in a later clause: "I visited A and B, and we welcomed
        # the President of C to Nairobi"
        later = _WE_LATER.search(s.text, s.start, s.end)
        m = _HOSTS.match(s.text, later.end(), s.end) if later is not None else None
        if m is not None and m.group("place") not in ("We", "we"):
            m = None
    if m is None or issuer is None:
        return recs
    # a review's "We welcomed the foreign ministers of A and B": the country's own voice
    # summing up its year hosts as a place does (not a readout's "we", the delegation)
    we = (m.group("place") in ("We", "we") and not ctx.carry) \
        or m.group("place").lower().startswith("our")  # ("our capital hosted": the issuer)
    place = next((e for e in s.ents if e.start == m.start("place")
                  and e.kind in ("city", "country", "issuer")), None)
    if not we and (place is None or (place.code != issuer and place.code != ISSUER)):
        return recs
    told = {(tuple(r.from_), tuple(r.organizations)) for r in recs if r.type == "visit"}
    # the guests are named before a purpose ("... on 9 March for the fair of ECOWAS")
    cut = _PURPOSE.search(s.text, m.end(), s.end)
    guests = {e.code for e in s.ents if e.start >= m.end("place")
              and (cut is None or e.start < cut.start())}
    out: list[Record] = []
    for r in recs:
        if r.type == "meeting" and r.from_ == [issuer] and (r.to or r.organizations) \
                and set(r.to + r.organizations) <= guests:
            # ("Kenya hosted the President of Ghana for a State Visit": the visit is told)
            # (each guest came on a visit of their own, though one meeting joined them:
            # "Our capital welcomed the foreign ministers of A and B")
            for guest in ([[c] for c in r.to] if len(r.to) > 1 else [list(r.to)]):
                if (tuple(guest), tuple(r.organizations)) not in told:
                    out.append(_record("visit", r.date, guest, [issuer],
                                       list(r.organizations)))
        else:
            out.append(r)
    of = _OF_ORG.match(s.text, m.end())
    if of is not None and not any(r.type == "visit" for r in out):
        # the guest is the organisation's official: "the Secretary-General of the
        # Commonwealth" (not an organisation named elsewhere in the sentence)
        orgs = [e.code for e in s.ents if e.kind == "org" and e.start == of.end()]
        if orgs:
            days = _resolved(s.dates, ctx)
            day = DateSpan(*days[0].iso()) if days else ctx.last_date or ctx.default
            out.append(_record("visit", day, [], [issuer], orgs[:1]))
    return out


#: "During Minister Fidan's stay, ...": a named guest's visit (dated in _frame_parts.py)
_NAMED_STAY = re.compile(r"\W*[Dd]uring\s+(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*['’]s\s+"
                         r"(?:[\w-]+\s+)?(?:visit|stay)\b")


def guest_of_stay(s: Sentence, ctx: Context) -> None:
    """A sentence opened on a named guest's stay is about the guest of the last
    visit told on one day (its side, not the first country in focus)."""
    if ctx.visit_guest and ctx.issuer not in ctx.visit_guest \
            and _NAMED_STAY.match(s.text, s.start, s.end):
        ctx.focus = ctx.visit_guest[:1]


#: a sentence that refers to "the visit" and a guest received: "Within the framework of
#: the visit, the Georgian Deputy Minister was received by the Deputy Prime Minister"
_VISIT_REFERRED = re.compile(r"\W*(?:within the framework of|as part of|during|in the course "
                             r"of|on the occasion of)\s+(?:the|this|his|her|their)\s+"
                             r"(?:[\w-]+\s+)?visit\b[^.;]{0,120}?\b(?:was|were)\s+"
                             r"(?:also\s+)?received\b", re.I)


def visit_referred_to(s: Sentence, recs: list[Record], ctx: Context) -> list[Record]:
    """The sentence's records, with the guest's visit to the issuer when the text
    refers to "the visit" it has not told and the guest is received."""
    issuer = ctx.issuer
    m = _VISIT_REFERRED.match(s.text, s.start, s.end)
    if issuer is None or m is None or any(k[0] == "visit" for k in ctx.reported):
        return recs
    met = [r for r in recs if r.type == "meeting" and r.from_ == [issuer] and len(r.to) == 1]
    if not met or any(r.type == "visit" for r in recs):
        return recs
    # the guest received is the subject: its side is named before "received" ("the
    # Georgian Deputy Minister was received", not "the Minister was received by the
    # President of Georgia")
    if not any(e.code == met[0].to[0] and e.end <= m.end() for e in s.ents):
        return recs
    return [_record("visit", met[0].date, list(met[0].to), [issuer], [])] + recs
