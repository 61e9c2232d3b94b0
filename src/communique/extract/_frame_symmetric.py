"""The symmetric frame: the sides of a meeting, call, consultation or agreement
read from its trigger's region (split from ``_frames``)."""

from __future__ import annotations

import re

from ..model import Record
from ._asides import (
    counted_envoys,
    guest_subject,
    not_parties,
    others_between,
    own_posted,
    people_met,
    time_opener_end,
    witness_cut,
    witness_start,
)
from ._audiences_apart import audiences_apart
from ._bodies import held_abroad, trip_partner, venue_partner
from ._bodies_sitting import bodies_sitting
from ._callers import _called_by_other, _welcomed_to, welcomes
from ._city_host import host_of_city as _host_of_city
from ._compatriots import NATIONALS_IN, compatriot_met, sides_beyond_the_trip
from ._conference import one_conference
from ._counted_crowd import counted_crowd
from ._dates_leading import dates_leading
from ._envoy_of_body import bodies_accrediting
from ._format_size import format_of_all
from ._frame_basics import PARTIES_APART
from ._frame_dates import _dates
from ._frame_parts import (
    _GUEST,
    _POSTING,
    _REMIT,
    _TALK_END,
    _TRILATERAL,
    Context,
    _codes,
    _ents,
    _group,
    _place,
    _record,
    _topic_cut,
    said_cut,
)
from ._frame_rules import (
    _HOSTED_MANY,
    _MET_PERSONS,
    BETWEEN_SIDES,
    IN_BEFORE,
    NAMED_FORMAT,
    PAIR_OFFICIALS,
    SEPARATE,
    UNNAMED_ORGS,
    UNNAMED_SIDES,
    _counted,
    _joint_subject,
    chair_aside,
    national_office,
    officials_listed,
    pronoun_subject,
    we_signed_for_us,
)
from ._frames_travel import date_beside
from ._gatherings import (
    GROUP_REF,
    JOINT,
    TOGETHER,
    another_between,
    between_us,
    capitals_between,
    group_named,
    issuer_among_between,
    issuer_among_officials,
    joint_others,
    one_occasion,
    others_met,
    others_subject,
    own_between_start,
    pair_of_others,
    sides_after_between,
)
from ._joint_signing import signed_retold, signed_together
from ._joint_subject import one_side_said
from ._meetings_apart import orgs_met_apart, qualifies_others
from ._met_as_one import told_as_one_after
from ._occasion_named import ANAPHOR as _ANAPHOR
from ._occasion_which import occasion_partner
from ._officials_included import group_including
from ._opener_cut import opener_end
from ._org_guest_met import org_guest_met
from ._org_heads import heads_met
from ._org_office import NATIONAL_BODY, ORG_OFFICIAL
from ._orgs_met import orgs_met
from ._others_document import pair_of_others_only
from ._others_signed import others_signing
from ._posted_both import posted_both
from ._posted_orgs import posted_orgs
from ._private_met import private_people_met
from ._quote_opener import quote_opener_end
from ._readings import (
    named_official,
    partner_after_topic,
)
from ._recognise import Ent, Sentence
from ._sides_before import sides_set_off_before
from ._subject_relative import outside_relatives
from ._talks_in_cities import talks_in_cities
from ._they_called import they_called
from ._time_scope import AHEAD
from ._times_dated import each_time_dated
from ._told_before import meeting_again_named, names_occasion, refers_back, sides_again
from ._topic_focus import focus_not_topic
from ._travel_guests import guests_listed, more_beside
from ._triggers import Trigger
from ._unknown_body import unknown_body_met
from ._venues import orgs_named as _orgs
from ._where import where_antecedent, where_clause_end
from ._with_each import with_each

__all__ = ["BODY_LAST_MET", "symmetric"]


#: "the Common Market Council met": a body in session, not a bilateral meeting
#: a body's own sittings told in a relative clause: "..., which last met in 2019",
#: "..., which had not met since 2019"
BODY_LAST_MET = re.compile(r",\s+(?:which|that)\s+(?:had\s+|has\s+)?(?:last\s+|not\s+|never\s+|"
                            r"previously\s+|first\s+)?(?:met|meets|convened)$", re.I)
_BODY_MET = re.compile(r"\b(?:Council|Committee|Commission|Assembly|Parliament|Board|"
                       r"Group|Forum|Cabinet|Presidium|Bureau)\s+(?:met|meets)\b")
#: a visit's talks named again by the visit they belonged to, no side of their own
#: ("of the visit", not "of the visit to B")
_OF_THE_TRIP = re.compile(r"\s+of\s+(?:the|this|that|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:visit|trip|stay|tour)\b(?!\s+(?:to|by|of|from)\b)", re.I)
#: a plural noun of such talks as the trigger's end
_TALKS_PLURAL = re.compile(r"\b(?:meetings|talks|consultations|negotiations)$", re.I)
#: those who took part in them, told before: "the officials who participated in"
_TOOK_PART_IN = re.compile(r"\b(?:took|take|taking|takes)\s+part\s+in\s+(?:the\s+|all\s+"
                           r"(?:the\s+)?)?(?:[\w-]+\s+)?$|\b(?:participated|participating|"
                           r"participate|participates|involved|present)\s+(?:in|at)\s+"
                           r"(?:the\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+)?$", re.I)

def _in_a_count(s: Sentence, a: int, b: int) -> bool:
    """Whether the word at ``a``..``b`` qualifies counted events of its own ("held 45
    bilateral meetings and 60 calls", "60 calls and 45 bilateral meetings"): that
    count's, not a side of another count in the sentence."""
    return bool(_NUMBER_BEFORE.search(s.text, max(s.start, a - 30), a)
                and _EVENTS_AFTER.match(s.text, b))


#: a second verb after "and" (with "had", "also" or its object's words), the trigger next
_AND_VERB_BEFORE = re.compile(r"\sand\s+(?:(?:had|has|have|also|then|later|subsequently)\s+)*"
                              r"(?:[\w-]+ed\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?)?$")
#: a number right before a word, and counted events right after it
_NUMBER_BEFORE = re.compile(r"\b(?:\d+|five|six|seven|eight|nine|ten|eleven|twelve|dozens)"
                            r"\s+(?:[\w-]+\s+)?$", re.I)
_EVENTS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:meetings|talks|visits|calls|conversations|"
                           r"consultations|contacts|negotiations|agreements|documents)\b", re.I)


#: a second predicate of the clause's subject right before the trigger: " and ", ", and
#: then " (after the first verb's own objects)
#: (the verb before a noun trigger too: " and held ", " and then had a ")
_AND_NEXT_VERB = re.compile(r"\S\s*,?\s+and\s+(?:(?:then|later|also|afterwards)\s+)?"
                            r"(?:(?:held|had|conducted|made)\s+(?:an?\s+)?)?$")


#: the visitors told before, named together: "with her guests", "their guests"
_GUESTS = re.compile(r"\b(?:his|her|their|our|the)\s+(?:(?:foreign|visiting|distinguished)\s+)?"
                     r"guests\b", re.I)


def symmetric(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
               ctx: Context) -> list[Record]:
    la, rb = reg
    if t.type == "meeting" and private_people_met(s, t):
        return []  # ("met with Thai businessmen investing in Portugal": no side met)
    rb = t.end if _TALK_END.search(t.text) and len(t.text.split()) > 2 \
        else witness_cut(s, t.end, _topic_cut(s, t.end, rb))  # ("A and B discussed aid to C")
    if BETWEEN_SIDES.search(s.text[t.start:min(rb, t.end + 40)]):
        rb = another_between(s, t.end, rb)  # ("..., and a planned call between C and D")
    ahead = AHEAD.search(s.text, t.end, rb)
    if ahead is not None:
        rb = ahead.start()  # "... ahead of the Summit of the Pacific Alliance": its occasion's
    opener = time_opener_end(s, cl[0], t.start) if t.type in ("call", "meeting") else 0
    la = max(witness_start(s, t, la), opener)  # ("After the strikes on A, he called ...")
    la = own_between_start(s, t, la)  # (", as well as the meeting between C and D")
    la = quote_opener_end(s, t, la)  # ("“We stand with Moldova”, she said after ...")
    if cl[0] < la < t.start and _AND_NEXT_VERB.search(s.text, la, t.start) \
            and _ents(s, t.end, rb, "country", "adj"):
        # "travelled to A (May) and B and spoke by phone with C": the places before the
        # "and" are the first verb's, the second verb's side is named after it
        la = t.start
    ante = where_antecedent(s, t.start) if t.start < rb else None
    if ante is not None:
        # "to Chile in March and to Bolivia in November, where an agreement was
        # signed": the clause's side is the place it follows
        la, rb = ante[0].start, min(rb, ante[1])
    elif t.start < rb and (clause_end := where_clause_end(s, t.start)) is not None:
        rb = min(rb, clause_end)  # ("..., where she held talks on X, as well as Peru")
    if t.type == "agreement" and (others_between(s, t, rb, ctx.issuer)
                                  or pair_of_others_only(s, la, rb, ctx.issuer)):
        return []  # "the agreement between the European Union and Mercosur": not ours
    kinds = ("country", "adj", "issuer", "pair")
    if reg[0] > cl[0] and _AND_VERB_BEFORE.search(s.text, max(la, t.start - 60), t.start) \
            and _ents(s, t.start, rb, "country", "adj", "org"):
        # "received the Foreign Ministers of A and B and signed an agreement with C", "had
        # travelled to A and had hosted his Russian counterpart": after an event told, a
        # verb of its own after "and", its own partner after it; the first's sides not its
        la = t.start
    late = partner_after_topic(s, t, rb, cl[1])  # ("held talks on Sudan with ...")
    ob = witness_cut(s, late, _topic_cut(s, late, cl[1])) if late else rb  # (its side's end)
    ents = _ents(s, la, rb, *kinds) + _ents(s, t.start, t.end, *kinds) + (
        _ents(s, late, ob, *kinds) if late else [])
    if not [e for e in ents if e.kind != "pair"]:
        c0 = max(cl[0], opener)  # (not the opener's sides either)
        ents = _ents(s, c0, witness_cut(s, c0, _topic_cut(s, c0, cl[1])), *kinds)
        if not ents and t.type == "agreement":
            # "In the presence of the two Prime Ministers, five agreements were
            # exchanged": the two leaders who watched stand for the two parties
            ents = _ents(s, cl[0], cl[1], "pair")
    ents = [e for e in outside_relatives(s, t, not_parties(s, ents, ctx.issuer))
            if not _REMIT.search(s.text, max(s.start, e.start - 90), e.start)]
    posted = [e for e in ents if _POSTING.search(s.text, max(s.start, e.start - 70), e.start)]
    # "met a group of the Thai students studying in Pakistan": where its own people live
    abroad = [e for e in ents if own_posted(s, e)  # (and the issuer's own consuls there)
              or NATIONALS_IN.search(s.text, max(s.start, e.start - 50), e.start)]
    ents = [e for e in ents if e not in posted and e not in abroad]
    codes = _codes(ents, ctx)
    if t.type == "meeting" and one_side_said(t.text, codes, ctx.issuer):
        return []  # "State Secretary A and Norwegian Foreign Minister B stressed ..."
    others = occasion_partner(s, t.start, codes, ctx) or trip_partner(s, t, cl[0], ctx.issuer) \
        or pair_of_others(s, t, cl[0], ctx.issuer)  # ("Georgian-Latvian talks" in a third's)
    if t.type in ("consultation", "meeting") and (
            capitals := capitals_between(s, t.end, cl[1], ctx.issuer)):
        others = capitals  # "the round held between <our capital> and Lima": with Peru
    ours = t.type == "meeting" and compatriot_met(s, t, ctx.issuer)  # "met Georgian
    if ours and others:  # students in Paris during the visit to France": no host met
        others = sides_beyond_the_trip(s, ents, others)
    if t.type == "meeting" and NAMED_FORMAT.search(t.text):
        others = [c for c in _codes(_ents(s, t.start, t.end, *kinds), ctx) if c != ctx.issuer]
    if t.type == "meeting" and others and UNNAMED_SIDES.match(s.text, t.end, rb) \
            and all(e.place or IN_BEFORE.search(s.text, max(s.start, e.start - 8), e.start)
                    for e in ents if e.code in others):
        # "In Kenya, she had talks with some member states": sides the text does not name
        return []
    by_post = posted and not others and codes in ([], [ctx.issuer]) \
        and t.start >= posted[-1].end
    if by_post:
        # "Our Ambassador to Germany presented her credentials to the Federal President"
        others = [c for c in _codes(posted, ctx) if c != ctx.issuer][:1]
    elif (posted or abroad) and not others and codes == [ctx.issuer]:
        return []  # "met the Ambassador of Georgia to Qatar": the issuer's own envoy
    orgs = _orgs(s, la, rb, venues=False) + (_orgs(s, late, ob, venues=False) if late else [])
    if orgs and t.text.lower().endswith(" between"):
        # "will discuss where the EU is heading, building on the talks between the
        # premier and the chancellor": the sides follow "between"; a body before it
        # is a topic of the sentence, no side
        after = {e.code for e in _ents(s, t.end, rb, "org")}
        orgs = [o for o in orgs if o in after]
    if not others and ctx.last_pair and len(ctx.last_pair) == 2 \
            and PAIR_OFFICIALS.search(s.text, la, rb):
        # "spoke with the top diplomats of both those countries": the two met
        # in the sentence before, not the issuer and one of them
        others, orgs = list(ctx.last_pair), []
    if orgs:
        named = _ents(s, la, rb, "org") + (_ents(s, late, ob, "org") if late else [])
        kept = {e.code for e in not_parties(s, named, ctx.issuer) if not chair_aside(s, e.start)}
        orgs = [o for o in orgs if o in kept
                and (t.type != "agreement" or o not in posted_orgs(s, la, rb))]
    if t.type == "meeting" and not others and not orgs:
        orgs = org_guest_met(s, cl[0], t.start)  # ("The UN Envoy visited Oslo and met ...")
    if by_post and others and orgs:
        # "Our Ambassador to Belgium and NATO presented her credentials to the NATO
        # Secretary General" (or "to King Philippe"): the one who received
        keep, orgs = posted_both(s, posted[0], orgs, t.end, rb)
        others = others if keep else []
    if counted_crowd(s, t, rb, bool(others or orgs)) or not others and not orgs and (
            UNNAMED_ORGS.match(s.text, t.end) or counted_envoys(s, t.start, rb)):
        # "meetings with more than 150 counterparts", "3 meetings with heads of
        # international organisations": a figure, not one meeting with the partner told
        return []
    if not others and _BODY_MET.search(s.text, max(s.start, t.start - 40), t.end):
        return []
    if not others and not orgs and _TALKS_PLURAL.search(t.text) \
            and _OF_THE_TRIP.match(s.text, t.end) \
            and _TOOK_PART_IN.search(s.text, max(s.start, t.start - 40), t.start):
        # ("the staff who took part in the meetings of the visit": those people, the
        # visit's talks told already)
        return []
    counted = _counted(s, t) if not others else None
    # (a pair named in another count of the clause, "45 bilateral meetings and 60
    # calls", is that count's, not a side of this one)
    if counted and not any(not counted[0] <= e.start < counted[1]
                           and not _in_a_count(s, e.start, e.end)
                           for e in _ents(s, cl[0], cl[1], "pair")) \
            and not _ANAPHOR.match(s.text, s.start, s.end) and not names_occasion(s):
        # "In total, the Minister held 86 bilateral meetings", "Uganda signed 17
        # agreements": a figure of the period, no occasion with the partner in focus
        return []
    if t.type == "meeting" and not others and not orgs and ctx.last_met and sides_again(s) \
            and not any(d.start < _topic_cut(s, s.start, s.end) for d in s.dates) \
            and not named_official(s, t.end, rb):
        return []  # "Besides, the ministers held discussions about ...": the meeting told
    if t.type == "meeting" and others and set(others) <= set(ctx.last_met) and not s.dates \
            and (t.text.lower().startswith("welcomed") or _TALK_END.search(t.text)
                 and len(t.text.split()) > 2):
        return []  # "received A ... The Minister welcomed A and conveyed ...": that meeting
    host = _host_of_city(s, t, cl, rb, ctx) if t.type in ("meeting", "consultation") \
        and not others and not orgs and not ours else None
    # (rounds of consultations in cities: see held_abroad, which dates each city's round)
    cities = talks_in_cities(s, t, cl[1], ctx.issuer) if t.type == "meeting" \
        and not host and not others and not orgs and not ours else []
    group = group_named(s, la, rb, ctx.last_group, ctx.issuer) \
        if not others and not orgs and not cities else []
    if group:
        # "the three Ministers signed": the partners of the last trilateral event
        others = group
    elif host:
        # "In Amman on 14 March, he met Foreign Minister Safadi": an official with
        # a national title, met in a foreign city, is of that city's country
        others = [host]
    elif cities:
        others = cities  # "held talks in Seoul and Tokyo": each city's country
    elif not others and not orgs and not ours and not _org_official(s, la, rb) \
            and not UNNAMED_SIDES.match(s.text, t.end, rb) \
            and not unknown_body_met(s, t.end, rb) and (
            any(e.kind == "pair" for e in ents) or _ANAPHOR.match(s.text, s.start, s.end)
            or _GUEST.search(s.string) or (codes in ([], [ctx.issuer]) and refers_back(s, t))
            or (t.type == "meeting" and not people_met(s, t)
                and not compatriot_met(s, t, ctx.issuer) and (codes == [ctx.issuer] or (
                not codes and (ctx.carry or pronoun_subject(s, cl[0], t.start)
                               or meeting_again_named(s, t)))))
            or (t.type == "agreement" and ctx.carry and not GROUP_REF.search(s.text, la, rb)
                and (not codes or (codes == [ctx.issuer]
                                   and we_signed_for_us(s, t, ents, ctx.issuer))))
            or (t.type == "call" and not codes and (
                (ctx.carry and named_official(s, t.end, rb)) or they_called(s, cl[0], t.start)))
            # ("A and Deputy Minister B held political consultations in Oslo": a readout's)
            or (t.type == "consultation" and ctx.carry and not codes)
            # (a review's section on one partner: "Relations with Germany" then "The
            # Minister met his counterpart three times")
            or (ctx.section_side is not None and not ctx.carry and codes in ([], [ctx.issuer])
                and not (t.type == "meeting" and (people_met(s, t)
                                                  or compatriot_met(s, t, ctx.issuer))))):
        # (a readout's "A memorandum on fisheries was also signed": with the partner
        # the text is about)
        others = [c for c in ctx.focus if c != ctx.issuer][:1] if ctx.focus else []
        if not ctx.carry and ctx.section_side is not None:
            others = [ctx.section_side]
        if others and t.type == "agreement" and signed_retold(s, la, rb, others, ctx):
            others = []  # "These ties were formalised by communiqués signed by ...": told
        if others and t.type in ("meeting", "call"):  # ("met in London to discuss Ukraine")
            others = focus_not_topic(s, t, others, cl, ctx)
        if others and t.type in ("commission", "consultation"):
            # "The last round of the dialogue took place in Ankara": the venue's side
            # (rather than the partner last told; with none told, no side at all)
            others = venue_partner(s, t.start, t.end, ctx.issuer) or others
        if not others and t.type == "consultation":
            others = held_abroad(s, t, cl[1], ctx.issuer)  # "were held in Santiago"
            ents = ents + _cities_of(s, t, cl, others)  # (each on the day beside it)
        if not others and t.type == "meeting" and guest_subject(s, cl[0], t.start):
            orgs = ctx.guest_org[:1]  # "He was received by the President": the guest's
    elif not others and not orgs and not ours and t.type == "consultation" \
            and not any(e.kind in ("country", "adj") and e.code != ctx.issuer
                        and cl[0] <= e.start < t.start for e in ents):
        # a review's "The State Secretary held political consultations in Cairo on 9
        # February and in Amman on 12 February": the host of each round
        others = held_abroad(s, t, cl[1], ctx.issuer)
        ents = ents + _cities_of(s, t, cl, others)  # (each on the day beside it)
    extra: list[Record] = []
    # (among callers too: "calls from A and B, as well as from the Secretary General of the
    # OIC"; after a topic: "talks on Sudan with A and with the Secretary-General of B")
    official = (ORG_OFFICIAL.search(s.text, t.end, rb)
                or ORG_OFFICIAL.search(s.text, late or rb, ob)) \
        if t.type == "meeting" or (t.type == "call" and others) else None
    if official and (NATIONAL_BODY.match(s.text, official.end())
                     or national_office(s, official.start(), official.end())):
        # "Director General of the National Security Council", "the Foreign Office's
        # Director General": a national post
        official = None
    if official and others and sides_set_off_before(s, t, ents, others):
        others = []  # "During his visit to Austria, he met the IAEA's Director General"
    if official and (others or not orgs):
        org = orgs[:1] or _orgs(s, s.start, s.end)[:1] or ctx.last_orgs[:1]
        if org and others:  # (each organisation whose head is listed: see _org_heads)
            extra = [_record(t.type, _dates(s, t, reg, cl, ctx)[0], [ctx.issuer] if ctx.issuer
                             else [], [], [o]) for o in heads_met(s, t.end, rb) or org]
        elif org:
            orgs = org
        elif not others:
            # "met with X, the Special Representative for the Gulf Region": an
            # international official whose organisation the sentence leaves unsaid
            return [_record("meeting", d, [ctx.issuer] if ctx.issuer else [], [], [])
                    for d in _dates(s, t, reg, cl, ctx)]
    if not others and not orgs:
        return []
    if t.type == "meeting" and not others and (sat := bodies_sitting(s, t, rb, orgs)):
        # "held the G20 Porto-Braga Foreign Ministers' Meeting", "hosted meetings between
        # the trade ministers of the Visegrad Group and ...": the bodies' session
        return [_record("multilateral", d, [ctx.issuer] if ctx.issuer else [], [], sat)
                for d in _dates(s, t, reg, cl, ctx)]
    if t.type == "meeting" and others and orgs and not extra:
        # "envoys from Sudan, Denmark, the European Union and Norway": an organisation
        # inside the list of counterparts is one more counterpart
        listed = _group(s, [e for e in _ents(s, t.end, rb, "country", "adj", "org")
                            # ("NATO counterparts, including A", "A (EU Presidency)")
                            if e.kind != "org" or not qualifies_others(s, e.start, e.end)])
        # (one each, "the United Nations (UN)" once; or each body headed: see _org_heads)
        # (a country named again by its abbreviation, "the United States of America
        # (USA)", is one item of the list, not a second)
        n_listed = len(dict.fromkeys(e.code for e in listed))
        apart = n_listed > 2 or (n_listed == 2 and PARTIES_APART.search(t.text))
        extra = [_record("meeting", d, [ctx.issuer] if ctx.issuer else [], [], [code])
                 for code in dict.fromkeys([e.code for e in listed if e.kind == "org"]
                                           if apart else heads_met(s, t.end, rb)
                                           or orgs_met_apart(s, t, rb, orgs)
                                           # ("the credentials of A of Chile and B of the
                                           # EU": one envoy each, see _envoy_of_body)
                                           or bodies_accrediting(s, t, rb, orgs))
                 for d in _dates(s, t, reg, cl, ctx)[:1]]
    frm = [ctx.issuer] if ctx.issuer else []
    # ("met A twice, in January and in August": one each)
    dates = each_time_dated(s, t, reg, _dates(s, t, reg, cl, ctx), ctx)
    if ante is not None:
        dates = [date_beside(s, [ante[0]], ante[0].code, ctx)
                 or (dates[0] if len(dates) == 1 else ctx.default)]
    # (a city in what was said after the trigger is no place of the event)
    place = _place(s, cl[0], said_cut(s, t.end, cl[1]) if cl[0] <= t.end else cl[1], ctx)
    out = []
    near = s.text[max(cl[0], t.start - 40):min(rb, t.end + 60)]
    hosted = _HOSTED_MANY.match(s.text, t.start)
    if hosted:
        # the guests are the list named after the verb, not a country of the topic
        # ("..., as well as the President of C": a guest of the list too)
        listed = [e for e in ents if e.start >= hosted.start() and e.kind in ("country", "adj")]
        guests = _codes(guests_listed(s, _group(s, listed), listed), ctx)
        others = [c for c in others if c in guests] if len(guests) > 1 else others
    bm = BETWEEN_SIDES.search(near)
    # ("Angola hosted the meeting between A and B": the first side after "between"
    # is no issuer, whoever the subject before it)
    between = bm is not None and not between_us(ents, max(cl[0], t.start - 40) + bm.end(),
                                                ctx.issuer)
    # ("talks between the ministers of A, B and <issuer>": the issuer's one meeting)
    ours = bm is not None and t.type == "meeting" and issuer_among_between(
        s, ents, max(cl[0], t.start - 40) + bm.end(), ctx.issuer)
    between = between and not ours
    # ("a meeting with the foreign ministers of A, <issuer> and B": ours one of them)
    ours = ours or (t.type == "meeting" and issuer_among_officials(s, ents, t, ctx.issuer))
    if bm is not None and not between and not ours \
            and max(cl[0], t.start - 40) + bm.start() > t.start:
        others = sides_after_between(ents, max(cl[0], t.start - 40) + bm.end(), others,
                                     ctx.issuer)
    separate = SEPARATE.search(near)
    if hosted and not ctx.carry and s.text.startswith(" of ", hosted.end()) \
            and not TOGETHER.search(s.text, s.start, s.end):
        # a review's "we hosted the foreign ministers of A, B and C" sums up a year: one
        # occasion with each, not one meeting of all (unless told as joint)
        hosted = None
    # "had a teleconference with the ministers of A and B and the EU's High
    # Representative": one call of them all, the organisation's head in it too
    # (counterparts each with a date beside them met apart: "welcomed his colleagues
    # from A (January), B (May) and C (July)")
    dated_apart = sum(date_beside(s, ents, o, ctx) is not None for o in others) >= 2
    conference = one_conference(t, s.text, rb, len(dates)) and not dated_apart
    # ("a trilateral memorandum was signed, following his meeting with A, B and the NATO
    # Secretary General": one meeting of the three, the organisation's head in it too)
    conference = conference or (t.type == "meeting" and not dated_apart and len(others) > 1
                                and format_of_all(s, others, ctx.issuer))
    joined = [o for r in extra for o in r.organizations] if conference and others else []
    extra = [] if joined else extra
    if len(others) == 1 and t.type == "meeting" and _GUESTS.search(s.text, la, cl[1]):
        # "The Minister discussed with her guests ..." after a joint visit of A and B:
        # all the guests told, at one meeting
        guests = sorted(v[0][0] for v in ctx.visitors if v[1] == (ctx.issuer,)
                        and len(v[0]) == 1 and v[0][0] != others[0])
        others = others + guests if others[0] in {v[0][0] for v in ctx.visitors
                                                  if v[0]} and len(guests) < 4 else others
    groups = [others] if ((_TRILATERAL.search(near) or between or group or ours
                           or JOINT.search(s.text, max(cl[0], t.start - 40), cl[1])
                           or hosted or one_occasion(t, s.text)
                           or conference or _GUESTS.search(s.text, la, cl[1])
                           or (t.type == "meeting" and told_as_one_after(s.text, s.end))
                           or _joint_subject(s, t, cl, ents, others, ctx)
                           or signed_together(s, t, cl, ents, others, ctx))
                          and len(others) + len(joined) > 1 and not separate
                          and not dated_apart) \
        else [[o] for o in others]
    between_others = False
    if t.type in ("meeting", "call") and between and len(groups) == 1 \
            and others_met(s, t, cl[0], groups[0], ctx.issuer):
        frm, groups = groups[0][:1], [groups[0][1:]]  # others' meeting, told to the issuer
        between_others = True
    theirs = others_subject(s, t, cl[0], reg[0], rb, ctx.issuer) \
        if t.type in ("meeting", "call") else None
    if theirs is not None and theirs[0] not in others:
        theirs = None
    if theirs is not None:
        # "the day after US President A met Russian President B": the others' meeting
        met_by = [o for o in others if o in theirs[2]]
        frm, groups = [theirs[0]], ([[o] for o in met_by] if len(groups) > 1 else [met_by])
    elif set(joint := joint_others(s, t, cl[0], ctx.issuer)) == set(others) and joint:
        frm, groups = joint[:1], [joint[1:]]  # "the ministers of A and B met": theirs
    elif signers := others_signing(s, t, cl[0], others, ctx.issuer):
        frm, groups = signers[:1], [signers[1:]]  # "welcomes the accord signed by A and B"
    besides = [date_beside(s, ents, g[0], ctx) for g in groups] if len(groups) > 1 else []
    if besides and not all(besides):
        # "2 May – with A; 6 May – with B": each partner after its own day
        leading = dates_leading(s, ents, [g[0] for g in groups], t.start, ctx)
        # (one partner's day beside it, the others' leading them: "In April, ... with A
        # and B, and in May with C"; "In March ... with A, in June with B and ...")
        both = [x or y for x, y in zip(leading, besides, strict=True)] \
            if sum(b is not None for b in besides) < 2 else \
            [y or x for x, y in zip(leading, besides, strict=True)]
        besides = leading if all(leading) and sum(b is not None for b in besides) < 2 \
            else both if all(both) else besides
    if sum(b is not None for b in besides) >= 2:
        # "with Germany (Berlin, 24-25 January), Estonia (Tbilisi, 29 March), Italy":
        # each counterpart takes the date written beside it ("received calls from A (4
        # May) and B (7 May)": each caller first)
        called = t.type == "call" and bool(frm) and all(len(g) == 1 for g in groups) \
            and not between_others and _called_by_other(s, t, cl, ents, ctx,
                                                        frm if frm != [ctx.issuer] else None)
        for g, b in zip(groups, besides, strict=True):
            # ("Japan (twice: May and September)": a record for each month listed)
            for d in [b or ctx.default, *(more_beside(s, ents, g[0], ctx) if b else [])]:
                out.append(_record(t.type, d, *((g, frm) if called else (frm, g)), [], place))
                if t.type == "meeting" and welcomes(t):  # (each guest's visit on its date)
                    extra += _welcomed_to(s, t, cl, g, [d], ctx)
        return out + extra
    each = 1
    if theirs is not None or one_occasion(t, s.text):
        pass  # (one meeting of theirs with each side, or one occasion of all: their
        # officials are not counted)
    elif t.type == "meeting" and len(groups) == 1 and len(groups[0]) == 1 and len(dates) == 1 \
            and (_MET_PERSONS.match(t.text) or group_including(s, t.end)):
        # "paid courtesy calls on the President, A, and the Speaker, B": one each (also
        # "held talks with officials, including A, the President; B, ...")
        each = max(1, officials_listed(s, t.end, opener_end(s, t, rb), ctx.issuer, groups[0][0]),
                   audiences_apart(s, t.start, opener_end(s, t, rb), ctx.issuer))
    elif t.type == "meeting" and len(groups) == 1 and len(groups[0]) == 1 and len(dates) == 1 \
            and not orgs:
        each = with_each(s, t.end, rb)  # "held talks with him and with Sultan A": two
    if t.type == "meeting" and welcomes(t):  # (an organisation's guest too)
        extra += _welcomed_to(s, t, cl, others, dates, ctx, None if others else orgs)
    # "received a call from her Greek counterpart", "received calls from the leaders of A
    # and B": each caller goes first
    called = t.type == "call" and bool(frm) and all(len(g) == 1 for g in groups) \
        and not between_others and _called_by_other(s, t, cl, ents, ctx,
                                                    frm if frm != [ctx.issuer] else None)
    met = [] if others else orgs_met(s, t, rb, orgs, ctx.issuer)  # one meeting per org
    if t.type == "agreement" and others and orgs and all(len(g) == 1 for g in groups):
        # "signed agreements with A, B, the Saudi Fund and the European Union": an
        # organisation in the list of countries signed with is a counterpart too
        listed = _group(s, [e for e in s.ents if e.start >= t.start
                            and e.kind in ("country", "adj", "org")])
        met = [e.code for e in listed if e.kind == "org" and e.code in orgs]
    # "received a call from the UN Secretary-General": the organisation's side calls,
    # with no country (the callee is the issuer's side)
    org_calls = t.type == "call" and bool(met) and bool(frm) \
        and (called or _called_by_other(s, t, cl, ents, ctx))
    for date in dates:
        out += [_record(t.type, date, *(([], frm) if org_calls else (frm, [])), [o], place)
                for o in met]
        for g in groups:
            out += [_record(t.type, date, *((g, frm) if called else (frm, g)), joined, place)
                    for _ in range(each)]
    return out + extra


def _cities_of(s: Sentence, t: Trigger, cl: tuple[int, int], others: list[str]) -> list[Ent]:
    """The cities after the trigger whose countries are ``others``: the rounds' hosts,
    each the side whose date is written beside it ("in Cairo on 9 February and in Amman
    on 12 February")."""
    return [e for e in s.ents if e.kind == "city" and e.code in others
            and t.end <= e.start < cl[1]]


def _org_official(s: Sentence, a: int, b: int) -> bool:
    """Whether ``s.text[a:b]`` names an international organisation's official: not an
    office so titled of a national body ("called on the President and then on the
    Director General of the Foreign Ministry": the host's officials)."""
    return any(not (NATIONAL_BODY.match(s.text, m.end()) or national_office(s, m.start(), m.end()))
               for m in ORG_OFFICIAL.finditer(s.text, a, b))
