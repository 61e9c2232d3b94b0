"""Who placed a call, and a guest "welcomed to" a place: two questions the
symmetric frame asks of a sentence (see :mod:`._frames`)."""

from __future__ import annotations

import re

from ..model import DateSpan, Record
from ._frame_parts import Context, _codes, _ents, _record
from ._frame_rules import _RECEIVED_CALL
from ._org_office import NATIONAL_BODY, ORG_OFFICIAL
from ._recognise import ISSUER, Ent, Sentence
from ._triggers import Trigger

__all__ = ["welcomes"]


#: a call the other side placed: "a call from", "was phoned (on Monday) by", "at the
#: request of"
_CALL_FROM = re.compile(r"\b(?:call|calls|conversation)\s+from\b|"
                        r"\b(?:phoned|telephoned|called|rung)(?:,?\s+(?:on|in|this|last|"
                        r"earlier|yesterday|today)\b[^,.;]{0,30}?,?)?\s+by\b|"
                        r"\bcontacted\s+(?:by|over|via)\s+(?:the\s+)?(?:tele)?phone\b[^.;]{0,40}?\s+by\b|"
                        r"^(?:received|receives|receiving|took|takes)\b", re.I)
#: the call placed by the other side, told in the passive after it: "A phone call was
#: placed on Monday by the Foreign Minister of A"
_PLACED_BY = re.compile(r"\s+(?:was|has\s+been|had\s+been)\s+(?:placed|made|initiated)\b"
                        r"[^.;]{0,40}?\bby\b", re.I)
#: calls received, told in the passive after them: "Phone calls were also received from
#: the foreign ministers of A and B", "Telephone calls came from"
_RECEIVED_FROM = re.compile(r"\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
                            r"(?:also\s+)?(?:received|taken)|(?:also\s+)?came)\s+from\b", re.I)
#: a passive trigger that ends on its "by": "was phoned by", "was contacted by phone by"
_BY_END = re.compile(r"\bby$", re.I)
#: a call returned: the one returning it calls ("returned a call from A")
_RETURNED = re.compile(r"(?:returned|returns|returning)\b", re.I)
_INITIATIVE = re.compile(r"\b(?:at|on|upon)\s+the\s+(?:initiative|request|invitation)\s+of\s+"
                         # (or of an official of that side: "at the request of the
                         # Foreign Minister of A")
                         r"(?:the\s+)?(?:(?:[\w-]+\s+){1,3}?of\s+(?:the\s+)?)?$", re.I)
#: (also "made a phone call to", "placed a telephone call to": the subject's call, not
#: one "made with" someone)
_ACTIVE_CALL = re.compile(r"(?:phoned|telephoned|called|rang|(?:made|placed|put\s+through)\s+"
                          r"(?:an?\s+)?(?:[\w-]+\s+)?(?:(?:tele)?phone\s+)?call(?:\s+to)?)\b",
                          re.I)
_WITH_NEXT = re.compile(r"\s+with\b", re.I)
#: the call's noun alone as the trigger, its verb before it and "to" after it
_CALL_NOUN = re.compile(r"(?:(?:tele)?phone\s+)?call$", re.I)
_MADE_BEFORE = re.compile(r"\b(?:made|placed|put\s+through)\s+(?:an?\s+)?(?:[\w-]+\s+)?$", re.I)
_TO_NEXT = re.compile(r"\s+to\b", re.I)
#: the caller after a participle with no auxiliary: "a telephone call initiated by the
#: Polish side", "a conversation requested by the Foreign Minister of A", also set off
#: by a comma or in a relative clause ("A phone conversation, initiated by the A side,")
_INITIATED_BY = re.compile(r",?\s+(?:(?:which|that)\s+(?:was|had\s+been)\s+)?(?:initiated|"
                           r"requested|placed|arranged|sought)\s+by\s+", re.I)
#: the request of the side named last: "with the Foreign Minister of A, at the
#: latter's request", "at the request of the latter"
_LATTER = re.compile(r"\b(?:at|on|upon)\s+(?:the\s+)?latter['’]s\s+(?:request|initiative)\b|"
                     r"\b(?:at|on|upon)\s+the\s+(?:request|initiative)\s+of\s+the\s+latter\b",
                     re.I)


def _called_by_other(s: Sentence, t: Trigger, cl: tuple[int, int], ents: list[Ent],
                     ctx: Context, frm: list[str] | None = None) -> bool:
    """Whether the other side placed the call: "received a phone call from X",
    "was called by X", "at the initiative of the X side", or X as the subject
    of "phoned"/"called" ("The Foreign Minister of Estonia called the Minister")."""
    if _RETURNED.match(t.text):
        return False
    by = _PLACED_BY.match(s.text, t.end, cl[1])
    if by is not None or (_BY_END.search(t.text) and _CALL_FROM.search(t.text)):
        # "A phone call was made by the President of A to ...", "B was called by the
        # President of A": the caller is the side after "by" (ours too)
        at = by.end() if by is not None else t.end
        after = [e for e in s.ents if at <= e.start < at + 80
                 and e.kind in ("country", "adj", "issuer")]
        if not after:
            # ("The Foreign Minister of A was phoned by Minister B": a foreign side
            # called, so the caller named without one is ours)
            return not any(cl[0] <= e.start < t.start and e.kind in ("country", "adj")
                           and e.code not in (ctx.issuer, ISSUER) for e in s.ents)
        return after[0].code != ctx.issuer and after[0].kind != "issuer"
    if _CALL_FROM.search(t.text) or _CALL_FROM.match(s.text, t.end - 5, min(cl[1], t.end + 6)) \
            or _CALL_FROM.search(s.text, t.start, min(cl[1], t.end + 6)) \
            or _RECEIVED_CALL.search(s.text, max(cl[0], t.start - 50), t.start) \
            or _RECEIVED_FROM.match(s.text, t.end, cl[1]):
        return True
    for e in _ents(s, s.start, s.end, "country", "adj"):
        if e.code != ctx.issuer and _INITIATIVE.search(s.text, max(s.start, e.start - 70),
                                                       e.start):
            return True
    if _foreign_caller_named(s, t, cl, ctx):
        return True
    active = _ACTIVE_CALL.match(t.text)
    if active is None and _CALL_NOUN.fullmatch(t.text) and _TO_NEXT.match(s.text, t.end) \
            and _MADE_BEFORE.search(s.text, max(cl[0], t.start - 30), t.start):
        active = _CALL_NOUN.fullmatch(t.text)  # ("placed a telephone call to")
    if active is None or _WITH_NEXT.match(s.text, t.start + active.end()):
        return False
    before = [e for e in ents if cl[0] <= e.start < t.start and e.kind in ("country", "adj")]
    if not before:
        # "The EU High Representative phoned the Minister": an organisation's official
        # the subject, no country before
        return _org_subject(s, cl[0], t.start)
    if frm and before[0].code == frm[0]:
        return False  # ("The Prime Minister of A phoned the Prime Minister of B" in a
        # third country's text: the record already runs from its caller)
    return before[0].code != ctx.issuer and before[0].code != ISSUER


def _org_subject(s: Sentence, a: int, b: int) -> bool:
    """Whether ``s.text[a:b]``, before an active call, names an organisation's official
    and its organisation, and no side of the issuer's ("the Minister", "we")."""
    official = ORG_OFFICIAL.search(s.text, a, b)
    return official is not None and not NATIONAL_BODY.match(s.text, official.end()) \
        and any(e.kind == "org" and a <= e.start < b for e in s.ents) \
        and not any(e.kind in ("issuer", "pair") and a <= e.start < b for e in s.ents)


def _foreign_caller_named(s: Sentence, t: Trigger, cl: tuple[int, int], ctx: Context) -> bool:
    """Whether the call is told as placed by a foreign side named after a participle
    ("a call initiated by the Polish side") or as the request of the side named last
    ("with the Foreign Minister of A, at the latter's request")."""
    def foreign(e: Ent) -> bool:
        return e.kind in ("country", "adj") and e.code not in (ctx.issuer, ISSUER)

    by = _INITIATED_BY.match(s.text, t.end, cl[1])
    if by is not None:
        after = [e for e in s.ents if by.end() <= e.start < by.end() + 40]
        return bool(after) and foreign(after[0])
    latter = _LATTER.search(s.text, t.end, s.end)
    if latter is None:
        return False
    named = [e for e in s.ents if t.end <= e.start < latter.start()
             and e.kind in ("country", "adj", "issuer")]
    return bool(named) and foreign(named[-1])


_WELCOME_TO = re.compile(r"\b(?:to|in)\s+(?:the\s+)?(?-i:[A-Z])")
#: the guest welcomed in the passive: "The Foreign Minister of Armenia was welcomed to
#: Georgia by the Minister" (the trigger opens on the guest's title)
_PASSIVE = re.compile(r"(?i)\b(?:was|were)\b[^.;]{0,40}?\b(?:welcomed|hosted)$")


_TO_WELCOME = re.compile(r"\bto welcome$", re.I)


def welcomes(t: Trigger) -> bool:
    """Whether the meeting's trigger welcomes a guest ("welcomed his counterpart to",
    "was welcomed to Tbilisi by")."""
    # (also after a courtesy: "Delighted to welcome Foreign Minister A to Delhi")
    return t.text.lower().startswith("welcom") or bool(_PASSIVE.search(t.text)) \
        or bool(_TO_WELCOME.search(t.text))
#: a building the guest was welcomed to: no country, no trip told
_BUILDING = re.compile(r"(?:(?-i:[A-Z])[\w'’.-]*\s+(?:of\s+)?){0,4}?(?i:Ministry|Palace|Office|"
                       r"Headquarters|Residence|House|Building|Chancellery|Embassy|Hall|"
                       r"Parliament|Secretariat|Administration|Chancellery|Mansion)\b")
#: the guest's trip told after the building: "to the Egmont Palace on the occasion of
#: his visit to Europe"
_TRIP_TOLD = re.compile(r"(?i)\b(?:visit|trip|tour|journey|arriv|stay)")
_ENVOY_TITLE = re.compile(r"\b(?:Ambassador|High\s+Commissioner|Charg[ée]\s+d['’]Affaires)\b")


def _welcomed_to(s: Sentence, t: Trigger, cl: tuple[int, int], guests: list[str],
                 dates: list[DateSpan], ctx: Context, orgs: list[str] | None = None
                 ) -> list[Record]:
    """"welcomed his Indian counterpart to Vienna": the guest came, a visit to the
    host (the country of the place named, else the issuer) beside the meeting; an
    organisation's official with no country (``orgs``: "welcomed the Secretary-General
    of ASEAN to Oslo"), a visit of the organisation's."""
    m = _WELCOME_TO.search(s.text, t.end, cl[1])
    if not m or _ENVOY_TITLE.search(s.text, t.end, m.start()):
        # ("welcomed A, the new Ambassador of Peru to Chile": the envoy's posting)
        return []
    where = _codes(_ents(s, m.start(), min(cl[1], m.end() + 40), "city", "country"), ctx,
                   places=True)[:1]
    if not where and _BUILDING.match(s.text, m.end() - 1) \
            and not _TRIP_TOLD.search(s.text, m.end(), s.end):
        return []  # "welcomed A to the Ministry": a door, not a trip told
    where = where or ([ctx.issuer] if ctx.issuer else [])
    if ctx.issuer and ctx.issuer not in where and _PASSIVE.search(t.text) \
            and not _codes(_ents(s, t.start, t.end, "country", "adj"), ctx):
        guests = [ctx.issuer]  # "The Minister was welcomed to Peru by ...": ours went
    if not guests and orgs:  # (to the issuer only: "welcomed the OSCE Secretary General
        # to Vienna" tells no trip of the official to the seat of the organisation)
        return [_record("visit", d, [], where, orgs[:1]) for d in dates
                if where and where == [ctx.issuer]]
    return [_record("visit", d, [g], where, []) for d in dates for g in guests
            if where and g not in where]


def one_kind_of_contact(s: Sentence, recs: list[Record], issuer: str | None) -> list[Record]:
    """A sentence that tells a call with a side tells no meeting with it: "discussed
    ... in a telephone conversation with X", "held, by videoconference, a meeting with
    X" are one contact, the call. A meeting is dropped when each of its sides is a
    side of a call of the sentence on its day; a meeting of others beside it keeps
    ("A phoned X the day after Y met Z"), and so does a meeting the sentence tells as
    a step before or after the call ("met X in Paris and later spoke to him by
    phone")."""
    calls = [r for r in recs if r.type == "call"]
    if not calls or _IN_TURN.search(s.text, s.start, s.end):
        return recs
    rounds = [r for r in recs if r.type in ("consultation", "commission")]
    if rounds:
        # "consultations conducted as a video conference": the video is
        # the round's medium, no call of its own
        recs = [r for r in recs if r.type != "call" or not any(
            set(r.from_ + r.to) == set(c.from_ + c.to) for c in rounds)]
    ours = {issuer} if issuer else set()
    # "exchanged views ... in a phone conversation on Monday": the call is the means of
    # the one exchange, whatever day each trigger found
    medium = bool(_AS_MEDIUM.search(s.text, s.start, s.end)) \
        and not _MET_TOLD.search(s.text, s.start, s.end)
    return [r for r in recs if r.type != "meeting" or not any(
        set(r.from_ + r.to) <= set(c.from_ + c.to) | ours
        and bool(set(r.from_ + r.to) & (set(c.from_ + c.to) - ours))
        and (medium or None in (c.date.start, r.date.start) or c.date.start == r.date.start)
        for c in calls)]


#: a call told as the means of what was said: "in a phone conversation", "during a
#: telephone call", "by video link", "over the phone"
_AS_MEDIUM = re.compile(r"(?i)\b(?:in|during|over|via|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:tele)?(?:phone|video)[- ]?(?:call|conversation|conference|link|"
                        r"talk)s?\b")
#: a meeting told in words of its own beside the call ("held a meeting ... during
#: their telephone conversation", "met A, with whom she had spoken by phone")
_MET_TOLD = re.compile(r"(?i)\b(?:met|meets?|meeting|talks|received|receives|hosted|visit)")


#: a meeting and a call told one after the other: "and later", "then", "afterwards",
#: "the day after the two met in Accra"
_IN_TURN = re.compile(r"(?i)\b(?:later|then|afterwards|subsequently|in person|face[- ]to[- ]"
                      r"face|before that|after that|(?:days?|weeks?|months?|hours?) "
                      r"(?:after|before|earlier)|ahead of)\b")
