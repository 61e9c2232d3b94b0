"""The travel frames: who went where ("visited", "arrived in", "was received in
... by", "the visit of A to B"), and the dates written beside each host or
guest of a list (also read by the symmetric frame)."""

from __future__ import annotations

import re

from ..model import DateSpan, Place, Record
from ._aim_told import in_fronted_occasion, in_fronted_purpose
from ._asides import sponsor_named, time_opener_end
from ._bare_visit import bare_visit
from ._clause_subject import clause_subject
from ._counted_visitors import counted_visitors
from ._envoy_arrival import envoy_arrival
from ._frame_basics import NOUN_VISIT_AND as _NOUN_VISIT_AND
from ._frame_dates import _dates, _resolved
from ._frame_parts import (
    _OFFICE_IN,
    _PREP_TO,
    _REMIT,
    Context,
    _codes,
    _ents,
    _group,
    _place,
    _record,
    _topic_cut,
)
from ._frame_rules import (
    _AND_VERB,
    _APPOSED,
    _FIRST_TO,
    _GUEST_SUBJECT,
    _ONWARD,
    _SECOND_VISIT,
    _TO_PLACE,
    _VISIT_BEFORE,
    _seat_visited,
    seat_of_session,
)
from ._gone_to_listed import gone_to_listed
from ._guest_of_clause import guest_clause_verb, purpose_after, purpose_verb
from ._guest_org_visit import org_guest_visit
from ._members_counted import members_counted
from ._met_on_own_visit import host_where_met, met_in_item_before, object_met_on_own_visit
from ._named_unit import names_a_unit
from ._occasion_opener import example_before, example_in, occasion_opener_end, trip_opener_end
from ._occasions import dated_stops
from ._onward import onward_days, pronoun_onward, stops_of, tour_traveller
from ._org_office import ORG_OFFICIAL as _ORG_OFFICIAL
from ._orgs_listed import listed_orgs
from ._others_return import others_return
from ._own_companion import own_first
from ._participle import opening_participle_end
from ._possessed_trip import own_possessor, ranked_visitor
from ._quote_opener import quote_opener_end
from ._reached import reached_by_no_one
from ._recognise import Ent, Sentence
from ._region_trip import region_cut
from ._region_trip_host import own_visit_host, region_trip_host
from ._returns import back_from, began_days, going_home, home_cut
from ._stays import guest_stays, guest_title, stay_fronted, stay_place, stay_told
from ._stops_listed import more_stops, opening_day
from ._subject_relative import traveller_relatives, visiting_antecedent
from ._that_country import that_country
from ._times_dated import counted_stops, trip_count
from ._travel_guests import BY_AFTER, GUEST_OF, date_beside, guests_listed, more_beside
from ._travel_sides import one_team, our_own_abroad, possessive_subject
from ._travel_subject import ARRIVAL_OPENS, TO_COMMA, fronted_subject, subject_after
from ._triggers import Trigger
from ._trip_to_meet import met_from
from ._venues import orgs_named as _orgs
from ._visit_host_before import host_before
from ._visit_predicated import visit_predicated
from ._visited_antecedent import visited_antecedent
from ._where import in_date_apposition, where_aside, where_host

__all__ = ["date_beside", "travel"]


#: the visit a second one elides ("a working visit to A and an official one to B")
_ELIDED_NOUN = re.compile(r"\b(?:visit|trip|journey|tour)s?\b", re.I)
#: a second guest after the first visit's time, its visit's noun left out: "received A
#: on a state visit in May and B on an official one in September" (B is no host)
_NEXT_GUEST = re.compile(r"\s*,?\s+and\s+(?:the\s+)?[^,;.]{3,80}?\s+on\s+an?\s+"
                         r"(?:[\w-]+\s+){1,2}one\b(?!-)", re.I)
#: the next place told by a gerund ("before heading to", see triggers.toml), and a plan
#: told before it in the sentence, which reaches it too
_GERUND_ON = re.compile(r"(?:heading|proceeding|going|moving|continuing|flying|pressing|"
                        r"travell?ing)\b")
_WILL_BEFORE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:also\s+|then\s+)?to|"
                          r"is\s+(?:expected|scheduled|due|set)"
                          r"\s+to|plans?\s+to|intends?\s+to)\b", re.I)
#: a clause opening the sentence on a gerund: "Before heading to Chile, ..."
_FRONTED_GERUND = re.compile(r"\W*(?:before|after|upon|prior\s+to)\s+[a-z]+ing\b", re.I)
_VERBAL = re.compile(r"visit(?:ed|ing)$|^visits$|arriv|travel|^embark|^(?:left|leav|depart|"
                     r"set|flew|flies|head|chose|reach)|^(?:is|was) |^tour(?:ed|ing)$|"
                     r"^(?:were|became|ha(?:s|ve|d) become) the first ")
#: a diary in the present: "I visit Bolivia", "we then visit Quito" (the bare verb)
_FIRST_PERSON = re.compile(r"(?:\bI|\b[Ww]e)\s+$")
_ENDS_PREP = re.compile(r"\b(?:to|in|at)$|\btour of$")
_ENDS_BY = re.compile(r"\b(?:by|from)$|(?<!tour) of$")
#: a visit's noun with its "from" ("a visit from Uganda"): the visitor after it (not a
#: return "from" a place, which is the trip's host)
_VISIT_FROM = re.compile(r"\bvisits?\s+from$", re.I)


#: the last of several visits' times: "most recently in November", "the last time on 3 March"
_LATEST = re.compile(r"\b(?:most\s+recently|the\s+latest|the\s+last\s+(?:time|one|of\s+them))"
                     r"\b,?\s+(?:in|on|at|during)\b", re.I)


def travel(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
            ctx: Context) -> list[Record]:
    """Visitor before the trigger, host after it; either side may be an
    organisation ("the OIC Secretary-General visited", "visited NATO")."""
    # ("Following a meeting with the Japanese Ambassador, she left for Kumasi": the
    # opening phrase's partner is no traveller)
    opener = max(time_opener_end(s, cl[0], t.start), occasion_opener_end(s, cl[0], t.start))
    # ("“We stand with Moldova”, she said during her visit to Poland": no visitor said)
    la = quote_opener_end(s, t, max(reg[0], opener))
    opened = opening_participle_end(s)
    if opened is not None and opened <= t.start:
        # "Welcomed at the airport by A, the Minister began his visit": A is no traveller
        la, cl = max(la, opened), (max(cl[0], opened), cl[1])
    # ("a tour to Central Asia, A ...", "visited A and returned to Ankara")
    rb = home_cut(s, t.end, region_cut(s, t, _topic_cut(s, t.end, reg[1])))
    if (guest := _NEXT_GUEST.search(s.text, t.end, cl[1])) is not None:
        rb, cl = min(rb, guest.start()), (cl[0], guest.start())
    # "visited Japan in May, where ..., and Canada in June": the list goes on
    aside = where_aside(s, rb, s.end) if rb < s.end and s.text[rb] == "," else None
    if aside is not None:
        rb = _topic_cut(s, aside[2], aside[3])
    trig = t.text.lower()
    if _GREETED_AT.search(trig) and _ARRIVAL_TOLD.search(s.text, s.start, t.start):
        return []  # "A, who arrived in Bamako, was welcomed at the airport": one arrival
    if _TRIP_TO.fullmatch(trig) and purpose_after(s, t.end):
        return []  # "made the trip to thank the Government of Kenya": no host named
    if trig.endswith(" one") and not _ELIDED_NOUN.search(s.text, max(s.start, t.start - 150),
                                                        t.start):
        return []  # "opened an embassy in A and an official one in B": no visit told before
    if _GERUND_ON.match(trig) and _WILL_BEFORE.search(s.text, s.start, t.start):
        return []  # "will travel to A to chair Cabinet before heading to B": planned too
    if reached_by_no_one(s, cl[0], t) or (_PEOPLE_MOVED.search(s.text, cl[0], t.start) and
                                          not _OFFICIAL_MOVED.search(s.text, cl[0], t.start)):
        return []  # "320 nationals ... arrived in Accra", "The talks reached Lima": no visit
    if visit_predicated(s, t, bool(ctx.visitors)):
        return []  # "This is a return visit after A visited Zagreb": the visit just told
    if envoy_arrival(s, t):
        return []  # "the ambassadors of A and B, upon their arrival": taking up a post
    if trig == "visiting" and _ATTRIBUTIVE.search(s.text, max(s.start, t.start - 12), t.start) \
            and _GUEST_AFTER.match(s.text, t.end):
        return []
    if trig in ("visited", "visits", "toured", "touring", "visit to", "visits to") \
            and _SITE.match(s.text, t.end, rb) and any(k[0] == "visit" for k in ctx.reported):
        # "also visited the UN Office at Nairobi", "a programme that included ... and a
        # visit to a Hitachi plant": a site within the trip told
        return []
    verbal = bool(_VERBAL.search(trig)) or (
        trig.endswith("visit") and bool(_FIRST_PERSON.search(s.text, s.start, t.start)))
    # ("Namibia concluded state visits by A and B": the noun's visitors after
    # "by", the verb before it the host's)
    visits_by = bool(_VISITS_NOUN.search(trig)) and _BY_NEXT.match(s.text, t.end) is not None
    verbal = verbal and not visits_by
    # ("made a tour of Laos": the places after "of" are the hosts, not visitors)
    ends_prep = bool(_ENDS_PREP.search(trig))
    if verbal or (ends_prep and not _ENDS_BY.search(trig)):
        pre_end = t.end
    else:
        m = _PREP_TO.search(s.text, t.end, rb)
        # "the visit of (or by) the Foreign Minister of Egypt" (and no "to"): the
        # visitor follows the trigger, the host is the issuer
        of = trig.endswith((" of", " by")) or _VISIT_FROM.search(trig) \
            or _OF_AFTER.match(s.text, t.end)
        verb = guest_clause_verb(s, t.end, m.start() if m else rb) if of else None
        if (of or trig == "visit") and verb is None and m is not None:
            # "... of A was to congratulate", "A's visit sought to advance": no host
            verb = purpose_verb(s, t.end, m.start())
        if verb is not None:
            # "the visit of the Foreign Minister of Peru takes place in ...": the
            # visit is the subject of its own clause; what follows has no host
            m, rb = None, verb
        pre_end = m.start() if m else (rb if of else t.end)
    kinds = ("country", "adj", "issuer", "org")
    # "a state visit to Peru on 3 May and an official visit to Ecuador on 5 May": a
    # second visit of the same subject, to a place of its own
    next_stop = la > cl[0] and bool(_VISIT_BEFORE.search(s.text, max(cl[0], la - 12), la)) \
        and bool(_SECOND_VISIT.fullmatch(s.text, la, t.start)) \
        and (ends_prep or bool(_TO_PLACE.match(s.text, t.end)))
    apposed = _APPOSED.search(s.text, max(la, t.start - 40), t.start) if la > cl[0] else None
    if apposed is not None and s.text[la:apposed.start()].strip() \
            and not next_stop and not _FRONTED_GERUND.match(s.text, s.start, la):
        # ("Before heading to Chile, the Minister visited Peru", "Following the phone
        # call, the Minister left for Japan": the subject right after a fronted clause,
        # no apposition)
        return []  # "travelled to A and to B, his first visits abroad": those same visits
    stay = stay_place(s, la, t)  # "The Secretary-General is in Malaysia on a visit"
    if stay is not None and stay_told(s, la, stay):
        return []  # ("is in" before it was the trigger that read this visit)
    subject_at = None
    if stay is not None and stay_fronted(s, stay):
        # "While in Accra on a working visit, the Brazilian Foreign Minister called on
        # ...": the opening phrase ends at its comma; what follows is its subject
        comma = TO_COMMA.match(s.text, t.end, rb)
        if comma:
            rb, subject_at = s.text.rindex(",", t.end, comma.end()), comma.end()
    elif ARRIVAL_OPENS.match(trig) and (comma := TO_COMMA.match(s.text, t.end, rb)):
        # "Upon her arrival at Kotoka Airport, the Foreign Minister of Kenya was met by":
        # the opening phrase ends at its comma, the one who arrived is its subject
        rb, subject_at = s.text.rindex(",", t.end, comma.end()), comma.end()
    shared = la > cl[0] and _AND_VERB.search(s.text, max(la, t.start - 30), t.start)
    if shared:
        # "visited Ukraine and travelled to Kazakhstan", "visited Ghana before leaving
        # for Togo": the first verb's host is no visitor; both verbs share the subject
        # ("visited Ghana and met A and visited a clinic": nor is the host visited first)
        left = [e for e in _ents(s, cl[0], la, *kinds)
                if not _GONE_TO.search(s.text, max(s.start, e.start - 20), e.start)]
        if not [e for e in left if e.kind != "issuer"] and _ONWARD.search(
                s.text, max(la, t.start - 30), t.start) and ctx.issuer \
                and ("visit", (ctx.issuer,)) in ctx.reported \
                and _GUEST_SUBJECT.search(s.text[cl[0]:t.start]):
            # "Mrs A will also be received by the Prime Minister, before leaving for
            # Paris": the guest's onward journey, no trip of the issuer
            return []
    elif next_stop:
        # the subject of the first visit: what the clause names before its first
        # destination
        first = _FIRST_TO.search(s.text, cl[0], la)
        left = _ents(s, cl[0], first.start() if first else la, *kinds)
    else:
        # ("his first to Namibia since ..., and it follows the visits he has made to
        # A and B": a country gone to is no visitor)
        left = [e for e in _ents(s, la, t.start, *kinds) if e is not stay
                and not in_date_apposition(s, e)
                and not _GONE_TO.search(s.text, max(s.start, e.start - 20), e.start)
                and not gone_to_listed(s, e)] \
            or _ents(s, t.end, pre_end, *kinds)
        named_after = trig.endswith((" of", " by")) or bool(_VISIT_FROM.search(trig)) \
            or bool(_OF_AFTER.match(s.text, t.end))
        if not verbal and named_after and (_OBJECT_BEFORE.search(
                s.text, max(la, t.start - 40), t.start) or example_before(s, t.start)
                or example_in(trig) or trig.endswith(" by")
                or _NOUN_VISIT_AND.search(s.text, max(s.start, t.start - 160), t.start)) \
                or visits_by:
            # the visitor named after "of": "how much the visit of the Ghanaian leader
            # mattered", "state visits by A and B", "the visit of A and the visit of B"
            left = _ents(s, t.end, pre_end, *kinds) or left
    left = [e for e in visiting_antecedent(s, t, traveller_relatives(s, t, own_possessor(
        s, t, la, left)))
            if not others_return(s, e)
            and not clause_subject(s, e) and not where_host(s, t, e)
            and not _REMIT.search(s.text, max(s.start, e.start - 90), e.start)  # (an
            # envoy's remit: "the US Special Envoy for Sudan visited")
            and not (e.kind == "org" and in_fronted_purpose(s, e))
            and not (not verbal and met_in_item_before(s, t, cl[0], e.start))
            and not in_fronted_occasion(s, e)]  # ("To deepen ASEAN
    # integration, the President visited A": the organisation is the trip's aim)
    if left and left[0].kind == "org":  # officials of organisations: one visit each
        vis_orgs = one_team([e for e in left if e.kind == "org"], s.text)
        visitors: list[str] = []
    else:
        # ("delegations from A and B, as well as senior officials of the EU, visited":
        # an organisation listed after the countries visited too)
        vis_orgs = listed_orgs(s, left)
        visitors = _codes([e for e in left if e.kind != "org"], ctx)
        if visitors and ctx.issuer and ctx.issuer not in visitors and own_first(s, la, left[0]):
            visitors = [ctx.issuer, *visitors]  # "Minister A and German Minister B visited"
    # "departed Suva for Port Moresby", "flew from Suva to Apia": the place inside
    # the trigger is the origin ("accompanied the President of Ghana to": the one
    # accompanied, no destination)
    # ("the tour to mobilise support for Kenya's bid took her to": a purpose inside)
    inside = [] if trig.endswith(" for") or " from " in trig or trig.startswith("accompan") \
        or " took " in trig \
        else _ents(s, t.start, t.end, "city", "country")
    dest_ents = [e for e in inside + _ents(s, pre_end, rb, "country", "city", "issuer", "adj",
                                           "org")
                 if not _OFFICE_IN.search(s.text, max(0, e.start - 20), e.start)
                 and not our_own_abroad(s, e, ctx.issuer) and not sponsor_named(s, e)
                 and not names_a_unit(s, e)  # "visited the RAF Syria crew in Cyprus"
                 and not others_return(s, e)  # ("after the soldiers' return from Mali")
                 and not clause_subject(s, e)  # ("a clinic, which Japan has funded")
                 and not ranked_visitor(s, e)  # (", the first by a Chilean President")
                 and not (aside and aside[0] <= e.start < aside[1])] \
        or ([stay] if stay else [])
    # (a list may go on past a purpose that is a trigger of its own: "to Tokyo to attend
    # the session and to Seoul")
    group = dated_stops(s, more_stops(s, _group(s, dest_ents), dest_ents + _ents(
        s, rb, home_cut(s, rb, cl[1]), "country", "city")), dest_ents)
    # "During his trip to Washington, Spanish Minister ... will": a demonym after
    # the comma opens the subject, it does not continue the list of hosts
    # (or a country's possessive after a comma: "During his visit to Geneva, Kenya's
    # Foreign Minister met ...")
    owner = next((e for i, e in enumerate(group) if i and possessive_subject(
        s, group[i - 1], e)), None)
    group = next((group[:i] for i, e in enumerate(group) if i and (
        e.kind == "adj" or e is owner)), group)
    if owner is not None and not visitors and not vis_orgs:
        visitors = _codes([owner], ctx)  # ("..., Chile's President met": Chile's trip)
    dest = _codes([e for e in group if e.kind != "org"], ctx, places=True)
    dest_orgs = list(dict.fromkeys(e.code for e in group if e.kind == "org"))
    if dest_orgs and not dest and members_counted(s, t.end, group):
        dest_orgs = []  # ("has visited 12 of the Forum's members": a count, no body visited)
    if group and group[-1].kind == "city" and not dest_orgs:
        # "travelled to Brussels for the meeting of NATO foreign ministers": the
        # organisation seated in that city is visited too (the schema's visit to NATO)
        dest_orgs = _seat_visited(s, group[-1], cl[1]) or seat_of_session(s, group[-1], ctx)
    by = BY_AFTER.match(s.text, group[-1].end) if group and not visitors else None
    guests: list[Ent] = []
    if by:
        # "visits to Serbia by the foreign ministers of Azerbaijan (February), Greece (May)"
        guests = _group(s, [e for e in _ents(s, by.end(), rb, "country", "adj")])
        if re.search(r"visits\b", t.text, re.I):
            # "the State visits to Vietnam by Chinese President A and US President B":
            # each guest with a title and a name of their own
            guests = guests_listed(s, guests, _ents(s, by.end(), rb, "country", "adj"))
        visitors = _codes(guests, ctx)
    guest_of = GUEST_OF.match(s.text, group[-1].end, rb) \
        if group and not visitors and not verbal and not by else None
    if guest_of:
        # "the visit to Tbilisi on 11 March of the Minister of Foreign Affairs of Chile":
        # the guest named after the place and the day
        visitors = _codes(_group(s, _ents(s, guest_of.end(), rb, "country", "adj"))[:1], ctx)
    if (named := host_before(s, t, rb)) is not None:
        (dest, dest_orgs), (visitors, vis_orgs) = ([named[0]], []), (named[1], [])
    elif (rel := visited_antecedent(s, t)) is not None:
        # "Uzbekistan, which the President visited in October": the place before
        dest, dest_orgs = _codes([rel[0]], ctx, places=True), []
        visitors, vis_orgs = _codes(rel[1], ctx), []
    if (visitors or vis_orgs) \
            and object_met_on_own_visit(s, t, cl[0], dest, dest_orgs, ctx.issuer):
        # "A met B during his visit to the UN": the subject's (the issuer's)
        visitors, vis_orgs = [], []
    visitors = [v for v in visitors if v not in dest]
    if not dest and not dest_orgs and ctx.filed_in and ctx.filed_in != ctx.issuer \
            and (t.text.lower().endswith(" here") or _HERE.match(s.text, t.end, rb)):
        dest = [ctx.filed_in]  # "who arrived here on Saturday" in a story filed abroad
    if not dest and not dest_orgs and not visitors and not vis_orgs and ctx.issuer \
            and ctx.focus and ctx.focus[0] != ctx.issuer \
            and _IN_THE_COUNTRY.search(s.text, max(cl[0], t.start - 60), t.start):
        # "The Minister is in the country on a visit of two days": the guest in focus,
        # staying in the issuer's country
        dest = [ctx.issuer]
    if not dest and not dest_orgs and visitors and ctx.issuer and ctx.issuer not in visitors \
            and _BARE_ARRIVAL.match(s.text, t.start, rb) \
            and (not ctx.filed_in or ctx.filed_in == ctx.issuer):
        dest = [ctx.issuer]  # "The Foreign Minister of A arrived on Sunday.": at the issuer's
    if not dest and not dest_orgs and not visitors and not vis_orgs and ctx.last_abroad \
            and trig.endswith(("visited", "visits")) and _SITE.match(s.text, t.end, rb):
        # "Afterwards the delegations visited a shipyard" after talks told abroad: a site
        # where our side was, in the country of the talks
        dest = [ctx.last_abroad]
    if not dest and not dest_orgs and (met := met_from(s.text, s.start, rb)) is not None:
        # "arrived at the Palacio de San Carlos to meet with the Colombian Minister"
        dest = [c for c in _codes(_ents(s, met, cl[1], "country", "adj")[:1], ctx)
                if c != ctx.issuer and c not in visitors]
    if not dest and not dest_orgs and (here := host_where_met(s, t, cl[0], visitors)):
        dest, visitors = here, [v for v in visitors if v not in here]  # ("in A during a visit")
    if not dest and not dest_orgs:  # "the first visit of a Chilean minister to that country"
        dest = that_country(s, pre_end, rb, ctx, visitors)
    if (bare := bare_visit(s, t, ctx)) is not None:
        # "The visit took place within ...": the meeting's, whatever the clause names
        if not bare[0]:
            return []
        (visitors, vis_orgs), (dest, dest_orgs) = (bare[0], []), (bare[1], [])
    if (host := own_visit_host(s, t, ctx)) is not None:
        # "During her visit, the Minister met the Foreign Minister of Ghana": ours, to Ghana
        if not host:
            return []
        (visitors, vis_orgs), (dest, dest_orgs) = ([str(ctx.issuer)], []), (host, [])
    if not dest and not dest_orgs and not vis_orgs \
            and (dest := region_trip_host(s, t, ctx)):
        visitors = [str(ctx.issuer)]  # "met A's minister as part of his visit to Asia"
    if not dest and not dest_orgs:
        if ends_prep and trig.endswith((" to", " of")) and _NAMED_AFTER.match(s.text, t.end):
            return []  # "visited A and B during his trip to Asia": a region, no host
        if not visitors and not vis_orgs and subject_at is not None:
            visitors = subject_after(s, subject_at, dest)  # (an airport no place names)
        if (visitors or vis_orgs) and ctx.issuer and ctx.issuer not in visitors:
            dest = [ctx.issuer]
        else:
            return []
    if not visitors and not vis_orgs and ctx.guest_org and (
            guest_title(s, la, t.start) or (stay and guest_stays(s, la, stay))):
        vis_orgs = ctx.guest_org[:1]  # "The Secretary-General is in Malaysia on a visit"
    if group and ctx.last_visitor and pronoun_onward(s, t, cl[0]):
        # "On Tuesday, he met with the Egyptian Mufti, before continuing to Amman" after
        # the Dutch Minister's trip: his, not the one met's
        visitors, vis_orgs = [v for v in ctx.last_visitor if v not in dest], []
    if group and ((not visitors and not vis_orgs) or stops_of(t)):
        # "follows his stops in A, B and C", "continues her tour to D": the tour of
        # the traveller told before (a guest's is not the issuer's)
        visitors = tour_traveller(s, t, group[0].start, dest, ctx) or visitors
    if not visitors and not vis_orgs and group:
        # "Visiting Tbilisi on Tuesday, the Vice President of Ghana laid a wreath": the
        # visitor of a fronted participle is the subject after its comma
        visitors = fronted_subject(s, t, group[-1].end, dest)
    if not visitors and not vis_orgs and subject_at is not None:
        visitors = subject_after(s, subject_at, dest)
    if not visitors and not vis_orgs and la > cl[0] and ctx.last_visitor \
            and _TRIP_BEFORE.search(s.text, max(la, t.start - 30), t.start) \
            and _ARRIVED.search(s.text, cl[0], la):
        # "A arrived in Moldova after a two-day visit to Ukraine": the trip before the
        # arrival is the one who arrived, a guest's (not the issuer's)
        visitors = [v for v in ctx.last_visitor if v not in dest]
    if not visitors and not vis_orgs and group:  # "of 12 countries ..., among them A, B"
        visitors = counted_visitors(s, t, cl[0], group[-1].end, rb, dest)
    if not visitors and not vis_orgs and shared and going_home(ctx.last_visitor, dest):
        return []  # "concluded his visit to A and left for Ankara": the traveller's home
    if not visitors and not vis_orgs:
        if ctx.issuer and ctx.issuer not in dest:
            visitors = [ctx.issuer]
        elif ctx.focus and ctx.focus[0] not in dest and not opener \
                and not _ORG_OFFICIAL.search(s.text, la, stay.start if stay else t.start):
            visitors = ctx.focus[:1]  # "his visit to our country": the guest in focus
        elif ctx.guest_org and dest == [ctx.issuer] and not dest_orgs and not opener \
                and org_guest_visit(s, t.start, t.end, [(e.start, e.end) for e in s.ents]):
            vis_orgs = ctx.guest_org[:1]  # "the Secretary-General's first visit to Tonga"
        else:
            return []
    # (a second visit's own region starts at its trigger: the first visit's day is
    # not its own; so does a visit "concluded" by a return home told before it)
    own = next_stop or _CONCLUDING.search(s.text, max(cl[0], t.start - 40), t.start)
    home = home_cut(s, t.end, reg[1])  # ("travelled to A on 2 May and returned on 4 May")
    # ("After his visit to A on 12-13 March, he flew to B on 14 March": A's days)
    low = max(t.start if own else reg[0], trip_opener_end(s, t.start, s.end))
    dates = began_days(s, t, back_from(s, t, _dates(s, t, (low, home), cl, ctx)))
    dates = onward_days(s, cl, dates, ctx)  # "On Thursday he continues his tour to D"
    # "visited Ukraine twice, ... and travelled to A, B and C": the count is its
    # own trigger's, not every visit's of the sentence ("A and B (twice)": B's alone)
    times, once_but = trip_count(s, t, cl, reg, group, dest)
    if times > 1 and len(dates) == 1:
        # "visited Kyiv twice, in February and in November": one date each
        each = [DateSpan(*d.iso()) for d in _resolved(s.dates, ctx)
                if t.start <= d.start < reg[1]]
        if len(each) == times and len(set(each)) == times:
            dates, times = each, 1
        elif _LATEST.search(s.text, t.start, reg[1]):
            # "visited Kyiv four times this year, most recently in November": the time
            # told is the last visit's; the others keep the text's
            dates, times = [ctx.default] * (times - 1) + dates, 1
    place = _place(s, *reg, ctx)
    if place is not None and len(dest) == 1 and place.country not in dest:
        # "arrived in the Austrian capital from Berlin": the city come from is no place
        # of the visit; the country visited is
        place = Place(dest[0], None)
    Side = tuple[list[str], list[str]]
    targets: list[Side] = [([d], []) for d in dest] + [([], [o]) for o in dest_orgs]
    sources: list[Side] = [([v], []) for v in visitors] + [([], [o]) for o in vis_orgs]
    out = []
    if len(visitors) > 1 and len(dest) == 1:
        # (guests listed after "by", or else named anywhere in the clause: "The President
        # of A (March) and the King of B (May) paid visits to C")
        pool = guests or _ents(s, cl[0], cl[1], "country", "adj")
        besides = [date_beside(s, pool, v, ctx) for v in visitors]
        if sum(b is not None for b in besides) >= 2:
            return [_record("visit", d, [v], dest, [], place)
                    for v, b in zip(visitors, besides, strict=True)
                    for d in [b or ctx.default, *(more_beside(s, pool, v, ctx) if b else [])]]
    if once_but is not None and len(sources) == 1 and not dest_orgs:
        return counted_stops(s, group, dest, once_but, times, sources[0][0], place, ctx)
    besides = [date_beside(s, group, d, ctx) for d in dest] if len(dest) > 1 else []
    besides = opening_day(s, group[0], besides, _resolved(s.dates, ctx), group[-1]) \
        if besides else []
    apart = len(besides) > 1 and besides[-1] is not None and not any(besides[:-1]) and \
        _APART.search(s.text, group[-2].end, group[-1].start)
    if (sum(b is not None for b in besides) >= 2 or apart) and len(sources) == 1 \
            and not dest_orgs:
        # "visits to Japan (9-10 February), Korea (March 14-15) and Mongolia": each
        # host takes the date written beside it; "..., as well as to China in
        # October": the date is China's alone
        frm, forgs = sources[0]
        return [_record("visit", x, frm, [d], forgs, place)
                for d, b in zip(dest, besides, strict=True)
                for x in [b or ctx.default, *(more_beside(s, group, d, ctx) if b else [])]]
    for date in dates:
        for frm, forgs in sources:
            for to, torgs in targets:
                if forgs and torgs:
                    continue
                for _ in range(times if len(dates) == 1 and once_but in (None, *to) else 1):
                    out.append(_record("visit", date, frm, to, forgs + torgs, place))
    session = _FOR_SESSION.match(s.text, group[-1].end, reg[1]) if out and group else None
    orgs = _orgs(s, session.start(), session.end()) if session else []
    if orgs and sources and not sources[0][1]:
        # "arrived in Brussels for the NATO Summit": there to take part in it
        out.append(_record("multilateral", dates[0], sources[0][0], [], orgs[:1], place))
    return out


#: the session a trip was for, right after its place: "for the ECOWAS Council of
#: Ministers", "on Monday for the 45th Summit of the African Union"
_FOR_SESSION = re.compile(
    r"(?:,?\s+(?:on|this|last|yesterday|today)\b[^.;,]{0,30}?)?,?\s+for\s+the\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?-i:Summit|Council|Ministerial|Conference|Assembly|Forum|"
    r"Session|Meeting|Debate|Congress|Executive Council)\b[^.;,]{0,60}")


#: a trip told as what came before (or after) another: "after a two-day visit to",
#: "following her talks in", "ahead of his trip to"
_TRIP_BEFORE = re.compile(r"\b(?:after|following|before|ahead\s+of|prior\s+to|fresh\s+from)\s+"
                          r"(?:(?:an?|his|her|their)\s+)?$", re.I)
#: the clause's own arrival or visit before it ("arrived in", "came to", "visited")
_ARRIVED = re.compile(r"\b(?:arriv(?:ed|es|ing)|came|comes|travell?(?:ed|s)|flew|landed|"
                      r"visit|visited|visits|visiting|was\s+in|is\s+in)\b", re.I)


#: the issuer's country as where a guest stays: "is in the country for", "has been in
#: our country since"
_IN_THE_COUNTRY = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been|arrived|remains)"
                             r"\s+(?:now\s+|currently\s+|here\s+)?in\s+(?:the|our)\s+country\b",
                             re.I)
#: an arrival told with its time alone, the clause ending there ("arrived on Sunday.")
_BARE_ARRIVAL = re.compile(r"arriv(?:ed|es)(?:\s+(?:on\s+)?[\w ]{1,30}?)?[.;](?:\s|$)", re.I)
#: a place named by where the story is filed: "arrived here", "arrived in the capital"
_HERE = re.compile(r"\s*(?:(?:in|to|at)\s+)?(?:here\b|the\s+(?:capital|city)\b(?!\s+of\b))",
                   re.I)
#: a site visited within a trip: "visited the Singapore companies operating in",
#: "the UN Office at Nairobi", "a dairy processing plant at"
_SITE = re.compile(r"\s+(?:the|an?|several|two|three|some)\s+(?:[\w-]+\s+){0,4}?(?:compan(?:y|ies)|"
                   r"firms?|enterprises?|factor(?:y|ies)|plants?|ports?|sites?|facilit(?:y|ies)|"
                   r"offices?|museums?|exhibitions?|memorials?|campus|premises|projects?|"
                   r"farms?|hospitals?|schools?|universit(?:y|ies)|mosques?|cathedrals?|"
                   r"churches|temples?|pavilions?|refiner(?:y|ies)|shipyards?|laborator(?:y|ies)|"
                   r"embassy|chancery|(?:air|naval|military)\s+bases?)\b"
                   r"(?!\s+of\s+(?:the\s+)?(?-i:[A-Z]))", re.I)
#: a country named as where one went: "(his first) to Namibia"
#: people moved who speak for no side (their trip is consular work, not a visit), and
#: the officials or delegations whose trip is one
_PEOPLE_MOVED = re.compile(r"\b(?:nationals|citizens|compatriots|migrants|returnees|deportees|"
                           r"evacuees|students|pilgrims|refugees|workers|tourists|passengers|"
                           r"survivors|detainees|prisoners|seafarers|fishermen|"
                           # goods and their carriers: "A plane carrying humanitarian aid
                           # arrived in Nairobi", "the first consignment of vaccines landed"
                           r"aircraft|planes?|flights?|ships?|vessels?|convoys?|cargo|"
                           r"consignments?|shipments?|batch(?:es)?|deliver(?:y|ies)|aid|"
                           r"supplies|vaccines?|doses)\b|"
                           # a nationality's people counted or moved: "150 Ghanaians evacuated
                           # from Sudan arrived", "Kenyans stranded in Beirut landed"
                           r"(?:\b\d[\d,]*\s+(?:[\w-]+\s+)?(?-i:[A-Z])[a-z]+(?:ians|ans|ese|is)\b|"
                           r"\b(?-i:[A-Z])[a-z]+(?:ians|ans|ese|is)\s+(?:who\s+(?:were|had\s+been)\s+)?"
                           r"(?:evacuated|repatriated|deported|expelled|stranded|rescued|released|"
                           r"returning|fleeing)\b)", re.I)
_OFFICIAL_MOVED = re.compile(r"\b(?:Minister|President|Secretary|Ambassador|delegation|Speaker|"
                             r"Envoy|King|Queen|Prince|Emir|Chancellor|Premier)\b")
#: a destination named after "to" that is no country or city known ("to Asia", "to the
#: Western Balkans")
_NAMED_AFTER = re.compile(r"\s+(?:the\s+)?(?-i:[A-Z])[\w-]+")
#: a place gone to, or left for the trip ("left Kenya for a visit to Japan", "departed
#: from Ghana on a tour of"): the place, not the traveller
_GONE_TO = re.compile(r"\b(?:to|visited|visiting|toured|touring|left|leaving|leaves|departed|"
                      r"departing|departs)\s+(?:from\s+)?(?:the\s+)?$")


#: "Visiting Armenian Foreign Minister A held talks", "the visiting Ukrainian delegation":
#: the word describes the guest of a meeting (as "visiting Foreign Minister" does, which
#: no trigger reads), it reports no visit of its own
_ATTRIBUTIVE = re.compile(r"(?:^|\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir|[Ww]ith|[Bb]y|[Rr]eceived|"
                          r"[Mm]et|[Ww]elcomed|honou?r\s+of|for)\s+)$")


_GUEST_AFTER = re.compile(r"\s+(?:[A-Z][\w'’-]+\s+){0,3}?(?:Foreign|Prime|Minister|President|"
                          r"Deputy|Vice|Secretary|Speaker|King|Emir|delegation|counterpart|"
                          r"Chancellor|Ambassador|"
                          # in lower case after a nationality: "the visiting Tajik minister"
                          r"(?<=[a-z] )(?:foreign |prime |deputy |vice )?(?:ministers?|president|"
                          r"premier|officials?|envoys?|leaders?|guests?|dignitar(?:y|ies)))\b")


#: the visit's noun as the object of a noun or verb before it ("the importance of the
#: visit of", "spoke highly of the visit by", "welcomed the visit of"; "A's year opened
#: with the visit of", "the spring saw the visit of", "the calendar included the visit of")
_OBJECT_BEFORE = re.compile(r"\b(?:of|on|about|for|to|with|saw|sees|included|includes|"
                            r"featured|stressed|noted|praised|welcomed|hailed|"
                            r"recalled|highlighted|appreciated|underlined|emphasi[sz]ed)\s+"
                            r"(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?$", re.I)
#: a trip's noun and its "to" ("trip to", "tour  to")
_TRIP_TO = re.compile(r"(?:trip|tour)\s+to")
#: the visitor named after a visit's noun: "the visit of the Minister of A", "a state
#: visit from A", "the state visit by King B" (not "a visit from 3 to 5 May"), also
#: after a participle ("a three-day trip made by the Premier of A")
_OF_AFTER = re.compile(r"\s+(?:of|from|(?:(?:made|paid|conducted|undertaken|carried\s+out)"
                       r"\s+)?by)\s(?!\s*\d)")
#: a visit's noun and "by" after it: "state visits by A and B" (the visitors, always)
_VISITS_NOUN = re.compile(r"\bvisits?$", re.I)
_BY_NEXT = re.compile(r"\s+by\s(?!\s*\d)")
#: "returned home today, concluding his visit to ...": the visit ends, on its own days
_CONCLUDING = re.compile(r",\s+(?:concluding|ending|wrapping up|winding up|completing)\s+"
                         r"(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?$", re.I)


_APART = re.compile(r"\bas well as (?:to|in|with)\b", re.I)
_GREETED_AT = re.compile(r"(?:welcomed|greeted|met|seen off) (?:[\w ]+ )?at$")
_ARRIVAL_TOLD = re.compile(r"\barriv(?:ed|es|ing|al)\b", re.I)
