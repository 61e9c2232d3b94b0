"""How a sentence's context decides what a trigger reports, and with whom.

A trigger phrase alone does not always say the event's type: "spoke with the
Foreign Minister" is a call in a call readout and a meeting on a trip; "In a
call ..., the Minister discussed with X" reports one call, whose content the
talk verb tells; "the summit was in Lima" is no one's trip, "he was in Kyiv"
is. :func:`reread_triggers` runs on a sentence's triggers before they are
framed (see :func:`communique.extract._frames.frame_sentence`).

Events joined to the one before them take its partner when they name none
(:func:`with_the_one_before`: "received by his Uruguayan counterpart, and
presided together with him over the consultations"), and a second "and
afterwards with B" reads only what follows it (:func:`own_region`).
:func:`is_caption` tells a caption list's lines ("Minister X met with Y, 7 June
2025, Cairo") from titles.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..model import Record
from ._also_talked import also_after_a_call
from ._body_own_session import body_own_session
from ._context import dateline_place
from ._dates import find_dates
from ._each_of_them import with_each_host
from ._frame_dates import _dates
from ._frame_parts import _TOPIC, Context, _record, _topic_cut
from ._goods_passive import goods_received, paper_received
from ._homecoming import note_abroad
from ._letter_signed import letter_signed
from ._medium_told import BY_MEDIUM, medium_after_talks
from ._met_for_session import met_for_session
from ._ministers_of_dialogue import ministers_meeting
from ._onward import note_visitor
from ._recognise import Sentence
from ._second_noun import second_meeting_noun
from ._situation_topic import situation_topic
from ._stay_day import note_stay
from ._triggers import Trigger
from ._trip_to_meet import TO_MEET, made_to_meet
from ._where import of_which

__all__ = ["date_line_only", "is_caption", "named_official", "note_partner", "own_region",
           "partner_after_topic", "reread_triggers", "stay_region", "with_the_one_before"]


#: "spoke with", "has spoken today with": a conversation whose medium the verb
#: leaves unsaid (the call trigger reads it; see patterns/triggers.toml)
_SPOKE = re.compile(r"(?:spoke|speaks|speaking|has spoken|had spoken|"
                    # (and a conversation had: "held a brief conversation with")
                    r"(?:had|held|has\s+had|have\s+had)\s+an?\s+(?:[\w-]+\s+){0,3}?"
                    r"conversation\s+with)\b"
                    r"(?!.*(?:phone|video|virtual|online|\bcall))", re.I)
#: the partner right after the verb an envoy posted here: "held a conversation with the
#: Ambassador of A" (met at the ministry, not called)
_ENVOY_NEXT = re.compile(r"\s+(?:the\s+)?(?:(?:newly\s+)?(?:appointed|accredited)\s+)?"
                         r"(?:[\w’'-]+\s+){0,2}?(?:Ambassadors?|Charg[ée]s?\s+d['’][Aa]ffaires|"
                         r"High\s+Commissioners?|Nuncio)\b(?!\s+(?:of|to)\s+(?:the\s+)?"
                         r"(?-i:[A-Z])[\w-]+\s+(?:to|in)\b)")
#: what tells that the people spoke face to face
_IN_PERSON = re.compile(r"\b(?:margins?|sidelines?|fringes?|in person|face[- ]to[- ]face|"
                        r"visit(?:s|ed|ing)?|trip|tour|stay|met|meetings?|summit|session|"
                        r"conference|forum|reception|dinner|lunch(?:eon)?|breakfast|ceremony|"
                        r"talks|audience|arrived|arrival|venue)\b", re.I)
#: "held the sixth meeting of the Mechanism of Political Consultations": a session
#: of the mechanism is an occasion, the mechanism alone a topic
_SESSION_OF = re.compile(r"\b(?:meeting|session|round)\s+of\s+the\s+(?:[\w-]+\s+){0,3}?"
                         r"mechanism\s+(?:of|for|on)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: "..., and afterwards with President B": a second partner of the event before
_AND_WITH = re.compile(r"and\b[\w ]*\bwith$", re.I)
#: "..., his first visits abroad": an apposition naming the visits just told
_APPOSED = re.compile(r",\s+(?:his|her|their|its)\s+(?:[\w-]+\s+){0,3}$", re.I)
_NOMINAL_VISIT = re.compile(r"(?:[\w-]+\s+)?(?:visits?|trips?|tours?|journeys?)\b", re.I)
#: an envoy's farewell or first call, named a visit
_LEAVE_TAKING = re.compile(r"\b(?:farewell|introductory|courtesy|protocol)\b", re.I)
#: the same word right before a trigger that does not hold it ("his first courtesy
#: visit to the Minister")
_LEAVE_BEFORE = re.compile(r"\b(?:farewell|introductory|courtesy|protocol)\s+$", re.I)
#: "the farewell visit of": the visitor named after the noun
_VISIT_OF = re.compile(r"\bvisits?\s+(?:of|by|from)$", re.I)
#: how far after "the farewell visit of" the envoy's title may stand (a name first)
_ENVOY_REACH = 90
_ENVOY = re.compile(r"\b(?:[Aa]mbassadors?|High Commissioners?|[Cc]harg[ée]s? d['’][Aa]ffaires|"
                    r"[Ee]nvoys?|Consuls?(?:[- ]General)?|[Nn]uncio)\b")
#: "was in Kyiv": a stay, a trip when a person stayed
_STAY = re.compile(r"(?:(?:was|were|is|are|am)\s+(?:\w+\s+)?in|landed|flew into|spent|"
                   # the day between: "is today (4 May) in", "was on Monday in"
                   r"(?:was|were|is|are|am)\s+(?:today|yesterday|this|on)\b[^;]{0,50}?\bin)\b",
                   re.I)
#: the subject of a stay: a pronoun, an office or a person's name (not an event's)
_PERSON_BEFORE = re.compile(
    r"(?:\b(?i:he|she|they|I|we|who)|\b(?i:minister|president|premier|secretary|chancellor|"
    r"king|queen|emir|prince|princess|sultan|delegation|diplomacy|diplomat|envoy|ambassador|"
    r"counterpart|leader|official|spokesperson|commissioner|representative|"
    r"chairman|chairperson|chair|director|head|mayor|governor|speaker|team)s?|"
    r"\b(?!(?:Summit|Meeting|Conference|Session|Forum|Council|Assembly|Round|Dialogue|"
    r"Exhibition|Embassy|Office|Ministry|Government|Commission|Committee|Congress|Games|"
    r"Expo|Festival|Ceremony|Headquarters|Secretariat|Parliament|Year|Week|It|This|That|"
    r"There|The)\b)[A-Z][\w’'.-]+)"
    # ("who had landed in Rabat": a pluperfect stay before the day's events)
    r",?\s+(?:(?:also|then|later|first|briefly|again|already|still|had|has|have|just)\s+)"
    r"{0,2}$")
#: the subject right before a caption's or headline's "sign": a name, a bracketed
#: position ("(left)"), the officials in the plural; no wish or proposal before it
_CAPTION_SUBJECT = re.compile(r"(?<!\bthat\s)(?:\)|\b(?-i:[A-Z])[\w'’.-]+|\b(?:ministers?|leaders?|"
                              r"presidents?|counterparts?|colleagues?|sides|delegations|"
                              r"officials|secretar(?:y|ies)))\s+$")
#: a post's courtesy before its "sign": "Happy to sign today with my colleague a
#: declaration" tells the signing (an offer, "would be happy to sign", is ahead: _hedges;
#: a readiness, "is ready and happy to sign", "we are glad to sign", is none)
_COURTESY_SIGN = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bam )(?<!\bbe )(?<!\band )(?<!\bor )"
                            r"\b(?:pleased|happy|glad|proud|delighted|honou?red|privileged|"
                            r"thrilled|pleasure|honou?r|privilege)\s+to\s+$", re.I)
_WISH = re.compile(r"\b(?:that|proposed|suggested|urged|asked|requested|invited|called\s+on)\b",
                   re.I)
#: a talk verb whose object follows: the content of the call or meeting before it
_TALK_WITH = re.compile(r"(?:discussed|exchanged (?:views|opinions|ideas)|conferred|talked|"
                        r"reviewed|held (?:[\w-]+ ){0,2}?discussions|"
                        r"had (?:[\w-]+ ){0,2}?discussions) with\s*$", re.I)


_HELD_END = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )\b(?:held|holds|hold)$", re.I)
_OBJECT_GAP = re.compile(r"[^.;,]{0,80}")


def reread_triggers(s: Sentence, triggers: list[Trigger],
                    issuer: str | None = None) -> list[Trigger]:
    """The triggers with the type their context gives them."""
    out: list[Trigger] = []
    for t in triggers:
        if t.type == "call" and _SPOKE.match(t.text):
            if _face_to_face(s, t):
                if any(o.type == "meeting" for o in triggers):
                    continue  # "spoke with A ... as part of the bilateral meetings": one
                t = replace(t, type="meeting")
            elif any(t.end < pos for pos in _spoken_in_person(s.text)):
                # a lead ("The Minister spoke with the Under Secretary") that the body
                # tells again with its occasion ("... spoke with her in New York, as
                # part of the bilateral meetings"): the body's record is the event
                continue
        elif t.type == "call" and _REMOTE.search(t.text) and _remote_session(s, issuer):
            # "took part by videoconference in the OSCE Ministerial Council", "convened a
            # virtual meeting of the foreign ministers of CELAC": a body's session held
            # online (the session's own trigger, if any, reports it)
            if any(o.type == "multilateral" for o in triggers):
                continue
            m = _BODY_SESSION.search(s.text, s.start, t.start)
            a, b = (m.start(), m.end()) if m else (t.start, t.end)
            # (the session named before the word: "the session of the Council of
            # Ministers of the OSCE, held by videoconference": its name is the trigger)
            t = Trigger(a, b, "multilateral", "multilateral", s.text[a:b])
        elif t.type == "meeting" and _MET.fullmatch(t.text) and out \
                and out[-1].type in ("commission", "consultation") \
                and _SUBJECT_GAP.fullmatch(s.text, out[-1].end, t.start):
            # "The Georgia-Peru Joint Commission met in Lima": the body's session, no
            # meeting besides it
            continue
        elif ministers_meeting(s, t):  # ("ministerial-level meeting of the ... Dialogue")
            t = replace(t, type="meeting")
        elif t.type == "agreement" and t.text.lower() == "sign" \
                and (not (_CAPTION_SUBJECT.search(s.text, max(s.start, t.start - 40), t.start)
                          or _COURTESY_SIGN.search(s.text, max(s.start, t.start - 40), t.start))
                     or _WISH.search(s.text, max(s.start, t.start - 80), t.start)):
            # "proposed that the Polish side soon sign the agreement": a wish, no
            # caption's or headline's present ("A (left) and B (right) sign ...")
            continue
        elif letter_signed(s, t):
            continue  # "his credentials, duly signed by the President of A": no agreement
        elif met_for_session(s, t, triggers):
            continue  # "Officials of A and B met in Harare for the 5th session of the JPC"
        elif t.type == "meeting" and (_MET.fullmatch(t.text) or _HELD_MEETING.fullmatch(
                t.text)) and (members := _members_of_body(s, t, issuer)) is not None:
            # "The foreign ministers of the Visegrad Group met in Prague, with the
            # Minister taking part": a session of the group (its name follows the trigger)
            t = Trigger(members[0], members[1], "multilateral", "multilateral",
                        s.text[members[0]:members[1]])
        elif t.type == "visit" and (_LEAVE_TAKING.search(t.text) or _LEAVE_BEFORE.search(
                s.text, max(s.start, t.start - 30), t.start)) and (
                _ENVOY.search(s.text, s.start, t.start)
                or (_VISIT_OF.search(t.text) and _ENVOY.search(
                    s.text, t.end, min(s.end, t.end + _ENVOY_REACH)))):
            # "received the outgoing Ambassador of Japan, who paid him a farewell
            # visit", "received the farewell visit of H.E. Mr A, Ambassador of Peru": a
            # resident envoy's call at the ministry is a meeting, no trip
            t = replace(t, type="meeting", frame="symmetric")
        elif t.type == "visit" and _STAY.match(t.text) and not (_PERSON_BEFORE.search(
                s.text, max(s.start, t.start - 60), t.start) and _place_after(s, t)
                and not _country_subject(s, t)):
            # "the summit was in Lima", "the relief flight landed in Beirut", "Jordan
            # was in Group B at the UN": an event's venue, a thing's arrival, a state of
            # affairs, not a person's stay
            continue
        elif t.type == "meeting" and (goods_received(s.text, s.start, t.start, t.text)
                                      or paper_received(s.text, s.start, t.start, t.end)):
            continue  # "Vaccines donated by Korea were received by Georgia": no guest
        elif t.type == "meeting" and TO_MEET.fullmatch(t.text) \
                and not made_to_meet(s.text, s.start, t.start):
            continue  # "agreed to meet the President": no trip made to meet
        elif t.type == "meeting" and _AND_WITH.match(t.text):
            # "talks with A, and afterwards with President B": the event before, with
            # another partner ("..., and with whom" after no such event is none)
            prev = out[-1].type if out else None
            if prev not in ("meeting", "call", "consultation"):
                continue
            t = replace(t, type=prev)
        elif t.type == "visit" and out and out[-1].type == "visit" and _APPOSED.search(
                s.text, out[-1].end, t.start) and _NOMINAL_VISIT.match(t.text):
            # "travelled to the Cook Islands and to Niue, his first visits abroad": the
            # visits just told, named again (the places are no visitors)
            continue
        elif t.type == "meeting" and also_after_a_call(s, t) and not _face_to_face(s, t):
            # "... by phone. Later he also talked with the Foreign Minister": a call too
            t = replace(t, type="call")
        elif t.type == "meeting" and _TALK_WITH.match(t.text) and out \
                and out[-1].type == "call":
            # "In a call he made later in the day, the Minister discussed with the
            # Spanish Minister ...": the call's partner is the talk verb's object
            t = replace(t, type="call")
        out.append(t)
    # "A and his counterpart B held in Dhaka the sixth round of consultations": the
    # verb's object is the other trigger's session, no meeting of its own
    out = medium_after_talks(s, out)  # "A and B discussed ... over the phone": a call
    # ("The A-B Joint Committee held its inaugural meeting": the body's session only)
    out = [t for i, t in enumerate(out) if not body_own_session(s, out, i)]
    return [t for t, n in zip(out, out[1:] + [None], strict=False)
            if not (n is not None and t.type == "meeting"
                    and n.type in ("consultation", "commission") and _HELD_END.search(t.text)
                    and _OBJECT_GAP.fullmatch(s.text, t.end, n.start))]


#: a call's word for a link, not a telephone
_REMOTE = re.compile(r"video|virtual|online", re.I)
#: a session of a body: "a meeting of the foreign ministers of", "the OSCE Ministerial
#: Council", "the Council of Ministers of", "the Summit"
_BODY_SESSION = re.compile(
    r"\b(?:meeting|session|summit|gathering|conference)s?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:ministers|leaders|heads\s+of\s+(?:state|government)|member\s+states|"
    r"(?-i:Council|Assembly|Committee|Parties))\b|"
    # (its members' possessive before it: "the G7 leaders' video conference", "the EU
    # foreign ministers' videoconference")
    r"(?:\b(?-i:[A-Z0-9][\w-]*)\s+(?:(?:foreign|finance|defen[cs]e)\s+)?)?"
    r"\b(?:leaders|ministers|heads\s+of\s+(?:state|government))['’]\s+(?:[\w-]+\s+)?"
    r"(?:meeting|session|summit|conference|videoconference|video\s+conference|call)\b|"
    r"\b(?-i:Ministerial(?:\s+(?:Council|Meeting|Conference))?|Summit|Council\s+of\s+Ministers|"
    r"General\s+Assembly|Conference\s+of\s+the\s+Parties)\b", re.I)


def _remote_session(s: Sentence, issuer: str | None) -> bool:
    """A video or virtual "call" that is a body's session: the sentence names one and
    no country met (only the issuer or organisations)."""
    if not _BODY_SESSION.search(s.text, s.start, s.end):
        return False
    return not any(e.kind in ("country", "adj") and e.code != issuer for e in s.ents)


_MET = re.compile(r"met|meets|meet", re.I)
#: a meeting told with "held": "held a meeting", "held talks", "held their annual meeting"
_HELD_MEETING = re.compile(r"(?:held|hold|holds)\s+(?:(?:a|an|the|their|its)\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:meeting|talks|session)", re.I)
#: the members of a group with a name of its own: "the Lima Group's Foreign Ministers",
#: "the Lima Group Foreign Ministers",
#: "the Foreign Ministers of the Rio Group", "the leaders of the Contadora Group"
_GROUP_NAME = (r"(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,3}\s+"
               r"(?-i:Group|Community|Alliance|Forum|Mechanism|Bloc|Quartet|Quad|Organi[sz]ation|"
               r"Union|Association|Partnership|Initiative|Pact)")
_GROUP_MEMBERS = re.compile(
    r"\b" + _GROUP_NAME + r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:ministers|leaders|heads\s+of\s+"
    r"(?:state|government)(?:\s+and\s+government)?)|"
    r"\b(?:(?:[\w-]+\s+){0,2}?ministers|leaders|heads\s+of\s+(?:state|government)"
    r"(?:\s+and\s+government)?)\s+of\s+(?:the\s+)?" + _GROUP_NAME + r"\b", re.I)
#: between a body's name and "met": its own words ("on Trade", "with Peru"), no clause
#: (the rest of a long name: "... Commission for the Implementation of the Agreement on
#: Border Crossings met"), then its short name in brackets ("(JEC)") and an aside set off
#: by commas (", co-chaired by the two ministers,", ", set up in 1990,")
_SUBJECT_GAP = re.compile(r"(?:[^.;,:()]{0,60}|(?:\s+(?:(?-i:[A-Z])[\w-]*|of|on|for|the|and|in|"
                          r"between))+\s+)(?:\s*\([\w&.’-]{1,15}\)\s*)?"
                          r"(?:,\s+(?!(?:and|but|which|who|whose|where|while)\b)[^,;.()]{3,90}?,\s+)?"
                          r"(?:(?:also|again|then|first|formally|officially|virtually|jointly)\s+)?")
#: "the foreign ministers of (the)", "the leaders of": members of what follows
_MEMBERS = re.compile(r"\b(?:(?:[\w-]+\s+){0,2}?ministers|leaders|heads\s+of\s+(?:state|"
                      r"government)(?:\s+and\s+government)?|member\s+states)\s+of\s+(?:the\s+)?",
                      re.I)


def _members_of_body(s: Sentence, t: Trigger, issuer: str | None) -> tuple[int, int] | None:
    """Where "the ministers of <organisation>" is the subject of "met" (or "held a
    meeting", "held talks"): the span of "ministers of", else None (a country among the
    subject's words is a meeting). A group named by its own capitalised name ("the Lima
    Group's Foreign Ministers held a meeting", "the ministers of the Rio Group held
    talks") is a body too, whether the gazetteer knows it or not."""
    found = list(_MEMBERS.finditer(s.text, max(s.start, t.start - 120), t.start))
    m = found[-1] if found else None
    if m is not None and _SUBJECT_GAP.fullmatch(s.text, m.end(), t.start):
        named = [e for e in s.ents if m.end() <= e.start and e.end <= t.start]
        if any(e.kind in ("country", "adj") and e.code != issuer for e in named):
            return None
        if any(e.kind == "org" and e.start == m.end() for e in named):
            return m.start(), m.end()
    group = _GROUP_MEMBERS.search(s.text, max(s.start, t.start - 120), t.start)
    if group is None or not _SUBJECT_GAP.fullmatch(s.text, group.end(), t.start) or any(
            e.kind in ("country", "adj") and e.code != issuer
            for e in s.ents if group.start() <= e.start and e.end <= t.start):
        return None
    return group.start(), group.end()


def _country_subject(s: Sentence, t: Trigger) -> bool:
    """ "Armenia was in Russia's orbit", "Spain is in Group B": a country's state (not
    a person's side: "The Foreign Minister of Slovenia was in Oslo on 2 May")."""
    return any(e.kind in ("country", "adj", "issuer") and 0 <= t.start - e.end <= 2
               and not _OFFICIAL_OF.search(s.text, max(s.start, e.start - 60), e.start)
               for e in s.ents)


#: a person's office or group, then its country: "the Foreign Minister of ", "a
#: parliamentary delegation from "
_OFFICIAL_OF = re.compile(
    r"\b(?i:minister|president|premier|secretary|chancellor|king|queen|emir|prince|"
    r"princess|delegation|envoy|ambassador|leader|official|commissioner|representative|"
    r"speaker|head|chairman|chairperson|team|mission)s?\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:(?i:republic|kingdom|state)\s+of\s+)?$")


def _place_after(s: Sentence, t: Trigger) -> bool:
    """Whether a city or country is named right after the trigger's "in" (or
    "at", "into"): "was in (the) X"."""
    prep = _PREP.search(t.text)
    pos = t.start + prep.end() if prep else t.end
    m = _THE.match(s.text, pos)
    start = m.end() if m else pos
    return any(e.start == start and e.kind in ("city", "country") for e in s.ents)


_THE = re.compile(r"\s+(?:the\s+)?")
_PREP = re.compile(r"\b(?:in|into|at)\b")


def _face_to_face(s: Sentence, t: Trigger) -> bool:
    """Whether "spoke with" tells of an encounter in person: the sentence names
    an occasion or a city where it happened (before the topic), or the sentences
    before it in its paragraph tell of one."""
    cut = _topic_cut(s, t.end, s.end)
    if BY_MEDIUM.search(s.text, t.end, s.end):
        return False  # "spoke with A by telephone": a call, wherever the story is filed
    if _IN_PERSON.search(s.text, s.start, cut) or _ENVOY_NEXT.match(s.text, t.end):
        return True
    # (not the city of a dateline: "Santiago, 10 June 2024 - The Minister spoke with")
    if any(e.kind == "city" and e.start < cut and not dateline_place(s.text, e.start, e.end)
           for e in s.ents):
        return True
    # "During his visit to Paris, the Minister met A. He also spoke with B.": the
    # paragraph's occasion
    para = s.text.rfind("\n", max(0, s.start - 600), s.start) + 1 or max(0, s.start - 600)
    return bool(_IN_PERSON.search(s.text, para, s.start))


@lru_cache(maxsize=4)
def _spoken_in_person(text: str) -> tuple[int, ...]:
    """Where the text's "spoke with" phrases that name an occasion start."""
    out = []
    for m in _SPOKE_WITH.finditer(text):
        topic = _TOPIC.search(text, m.start(1), m.end(1))
        if _IN_PERSON.search(text, m.start(1), topic.start() if topic else m.end(1)):
            out.append(m.start())
    return tuple(out)


_SPOKE_WITH = re.compile(r"\bspo(?:ke|ken)\s+(?:[\w-]+\s+){0,3}?with\b([^.;\n]{0,250})")


def with_the_one_before(s: Sentence, t: Trigger, reg: tuple[int, int],
                        before: list[Record], ctx: Context) -> list[Record]:
    """An event of the sentence that names no partner of its own, held with the
    partner of the sentence's event before it: "was received by his Uruguayan
    counterpart, and presided together with him over the consultations"; "the
    Minister of India chose Colombo for his first visit, and called on President
    W." (the host's office, met by the guest of the clause before)."""
    if t.type == "visit" and t.text.lower().startswith("where"):
        return _arrived_where(s, t, ctx)
    if t.type not in ("consultation", "commission", "agreement", "meeting"):
        return []
    each = with_each_host(s.text, t.end, reg[1], t.type, before, ctx.issuer)
    if each:
        return each  # "visited A, B and C, and met the leaders of each country"
    last = next((r for r in reversed(before) if r.to or r.organizations), None)
    if last is None:
        return []
    if t.type == "agreement" and of_which(s, t.start) is not None:
        # "paid an official visit to Malaysia on 10 and 11 February, in the course of
        # which ten instruments of cooperation were exchanged": the visit's sides
        guest = [c for c in last.from_ + last.to if c != ctx.issuer]
        if ctx.issuer and guest:
            return [_record(t.type, last.date, [ctx.issuer], guest[:1], [])]
    if _WITH_HIM.search(s.text, reg[0], reg[1]) \
            or _THE_TWO.search(s.text, max(s.start, t.start - 40), t.start):
        # ("held talks with his Ghanaian counterpart in Accra, and the two signed an
        # agreement": the two of the clause before)
        return [_record(t.type, last.date, list(last.from_), list(last.to),
                        list(last.organizations[:1]))]
    guest = [c for c in last.from_ + last.to if c != ctx.issuer]
    if t.type == "agreement" and len(guest) == 1 and ctx.issuer and not ctx.carry \
            and {c for r in before for c in r.from_ + r.to if c != ctx.issuer} == set(guest) \
            and _SIGNED_PASSIVE.search(s.text, max(s.start, t.start - 25), reg[1]) \
            and _CLAUSE_JOIN.search(s.text, max(s.start, t.start - 160), t.start):
        # a review's "...; an agreement on X was also signed": with the one partner of
        # the sentence's events before (a readout's takes the text's partner anyway)
        return [_record("agreement", last.date, [ctx.issuer], guest, [])]
    if t.type == "meeting" and len(guest) == 1 and ctx.issuer \
            and _OFFICE_AFTER.match(s.text, t.end):
        return [_record("meeting", last.date, [ctx.issuer], guest, [])]
    return []


def _arrived_where(s: Sentence, t: Trigger, ctx: Context) -> list[Record]:
    """ "I am writing from Chisinau, where I arrived this morning": a visit from the
    issuer to the place named right before ", where"."""
    before = [e for e in s.ents if e.kind in ("city", "country") and e.end <= t.start
              and not s.text[e.end:t.start].strip(" ,")]
    host = before[-1].code if before else None
    if not host or host == ctx.issuer or not ctx.issuer:
        return []
    dates = _dates(s, t, (t.start, s.end), (t.start, s.end), ctx)
    return [_record("visit", dates[0], [ctx.issuer], [host], [])]


#: the two sides of the clause before as the subject, right before the verb: "and
#: the two signed", "and both ministers then signed"
_THE_TWO = re.compile(r"\b(?:and|where|after which)\s+(?:the\s+two|both)(?:\s+(?:[\w-]+\s+)?"
                      r"(?:sides|ministers|leaders|presidents|premiers|delegations|"
                      r"counterparts|heads\s+of\s+(?:state|government)))?\s+"
                      r"(?:(?:then|also|later|subsequently|jointly)\s+)?$", re.I)


#: a national office right after a meeting verb ("called on President W.")
_OFFICE_AFTER = re.compile(r"\s*(?:with\s+)?(?:the\s+|his\s+|her\s+)?(?:President|"
                           r"Prime Minister|King|Queen|Emir|Sultan|Crown Prince|Speaker|"
                           r"Vice[- ]President|Chancellor|"
                           r"Premier|Governor|Mayor|counterpart|(?:Deputy |Vice )?Prime Minister|"
                           r"(?:Foreign |Deputy |State |Cabinet |Vice )?(?:Minister|Secretary)"
                           r"(?![- ]General))\b")
#: a signing in the passive, past ("was also signed", "were signed", "has been concluded")
_SIGNED_PASSIVE = re.compile(r"\b(?:was|were|has been|have been)\s+(?:also\s+|then\s+|later\s+)?"
                             r"(?:signed|concluded|initialled|exchanged)\b", re.I)
#: a new clause of the same sentence: after a semicolon, or ", and" / ", where"
_CLAUSE_JOIN = re.compile(r"(?:;|,\s+(?:and|where|after which)\b)", re.I)
_WITH_HIM = re.compile(r"\bwith (?:him|her)\b", re.I)


def note_partner(ctx: Context, made: list[Record]) -> None:
    """The one partner of a sentence's event is the one its later clauses mean by
    "both sides" or "the two ministries" (as the sentences after it do)."""
    partners = {c for r in made for c in r.from_ + r.to if c != ctx.issuer}
    if len(partners) == 1:
        ctx.focus = list(partners)
    note_visitor(ctx, made)
    note_abroad(ctx, made)
    note_stay(ctx, made)


#: what a page's date line may hold beside the date: a label, a time, a weekday
_DATE_LINE_REST = re.compile(
    r"[\s\[(]*(?:(?i:date|published|posted|updated|on|last|modified|at|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)[\s:,.|–—-]*){0,3}"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?[\s,.|\])–—-]*")


def date_line_only(text: str, start: int, end: int) -> bool:
    """A paragraph that is only a page's date ("Date: 2024-05-06", "2021-09-07",
    "21 August 2020 13:53", "Posted on 11 October 2023"): no title, no sentence; also
    a block of such short lines with the date among them ("Monday 5 October 2020" /
    "Time in the capital" / "13 Mehr 1399, 10:15")."""
    if "\n" in text[start:end] and end - start <= 120:
        lines, at = [], start
        for line in text[start:end].split("\n"):
            lines.append((at, at + len(line)))
            at += len(line) + 1
        # (not a post's header: "A B (@handle)" over its date, a sentence follows)
        return all(b - a <= 40 and not text[a:b].rstrip().endswith(".")
                   and "@" not in text[a:b] for a, b in lines) \
            and any(date_line_only(text, a, b) for a, b in lines)
    if end - start > 60:
        return False
    dates = [d for d in find_dates(text, start, end) if d.m1 is not None or d.y1 is not None]
    if len(dates) != 1:
        return False
    d = dates[0]
    return bool(_DATE_LINE_REST.fullmatch(text, start, d.start)
                and _DATE_LINE_REST.fullmatch(text, d.end, end))


def is_caption(text: str, start: int, end: int) -> bool:
    """Whether a line without closing punctuation is an item of a caption list
    ("Minister X met with Y, Foreign Minister of Egypt, 7 June 2025, Cairo",
    "12 June 2025 - Minister X received the Ambassador of Peru"): it names a day,
    as the unpunctuated line before or after it does. A lone title of that shape
    stays a title (its body tells the event again), and so does a heading over
    a paragraph."""
    if not _dated(text[start:end]):
        return False
    head = text[max(0, start - 400):start].rstrip()
    before = head[head.rfind("\n") + 1:]
    after = text[end:end + 400].lstrip().split("\n", 1)[0].rstrip()
    # (a teaser cut off in brackets, "... and […]", is a finished paragraph, no caption)
    return any(line and line[-1] not in ".!?:;" and not line.endswith(("[…]", "[...]"))
               and _dated(line) for line in (before, after))


def _dated(line: str) -> bool:
    """Whether a line names a day of a month, with some words besides."""
    return len(line) >= 30 and any(d.d1 and d.m1 for d in find_dates(line))


def own_region(t: Trigger, reg: tuple[int, int], text: str = "") -> tuple[int, int]:
    """ "talks with A and subsequently with B", "talks with A and a working lunch with
    B": the second partner's trigger reads only what follows it (A is the first
    trigger's)."""
    if _AND_WITH.match(t.text) or (text and second_meeting_noun(text, t)):
        return (t.start, reg[1])
    return reg


def stay_region(t: Trigger, nxt: Trigger | None, reg: tuple[int, int]) -> tuple[int, int]:
    """ "following two days of meetings in Washington with A": a stay told by what
    filled it ends its trigger at "of"; the meetings after it are a trigger of their
    own, whose place (up to its "with") is the stay's too."""
    if t.type != "visit" or nxt is None or nxt.type != "meeting" \
            or not _STAY_OF.search(t.text) or nxt.start - t.end > 30:
        return reg
    cut = nxt.text.lower().rfind(" with")
    return (reg[0], max(reg[1], nxt.start + cut if cut > 0 else nxt.end))


_STAY_OF = re.compile(r"\b(?:week|days|fortnight|series|round)\s+of$", re.I)


def named_official(s: Sentence, a: int, b: int) -> bool:
    """Whether ``s.text[a:b]`` names an official by office and name ("Foreign Minister
    Son", "Prime Minister Anwar"): in a readout, the partner the text is about."""
    return bool(_NAMED_OFFICIAL.search(s.text, a, b))


_NAMED_OFFICIAL = re.compile(r"\b(?:Foreign Minister|Prime Minister|President|Minister|"
                             r"Secretary|Chancellor|Premier|King|Emir|Sultan)\s+"
                             r"(?!of\b|for\b|General\b)(?-i:[A-Z][\w'’-]+)")


def partner_after_topic(s: Sentence, t: Trigger, cut: int, end: int) -> int | None:
    """Where the side talked with is named after the topic that cut the trigger's
    region ("held talks on the situation in Sudan with her Kenyan counterpart",
    "consulted on trade with the Ambassador of Peru"): the start of that phrase, for
    a talk whose region the topic cut; else None."""
    if t.type not in ("meeting", "call", "consultation") or cut >= end \
            or (_TALK_VERB.fullmatch(t.text.strip()) and not situation_topic(s, t.end, cut)) \
            or any(cut > e.start >= t.end and e.kind in ("country", "adj") for e in s.ents):
        return None  # (a bare "discussed": its "with" is read by its own frame, unless
        # the topic right after it cut the region: "discussed the situation in Syria with")
    m = _WITH_AFTER_TOPIC.match(s.text, cut, end)
    return m.end() if m else None


_TALK_VERB = re.compile(r"(?i)discuss(?:ed|es)?|talked|reviewed")
#: a topic, then "with" and the side: the topic in between names no side
_WITH_AFTER_TOPIC = re.compile(
    r"(?:(?!\b(?:talks|meetings?|visits?|conversations?|negotiations|agreements?)\b)[^.;()])"
    r"{0,80}?\bwith\s+(?=(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w.'’-]+\s+){0,3}?"
    r"(?:counterparts?|colleagues?|(?-i:Minister|President|Prime|Secretary|Ambassador|"
    r"Foreign|King|Emir|Chancellor|Premier|High Commissioner|High Representative|"
    r"Special Representative|Special Envoy|Commissioner|Director)|delegation)\b)", re.I)
