"""Sides named around an event that take no part in it.

A sentence about a meeting or a signing names more than its parties: the
witnesses of a signing ("in the presence of the Prime Minister of Italy",
"the Presidents witnessed the signing"), the target of a measure talked
about ("the next sanctions package against Russia"), the two sides of
another pair's agreement ("the agreement between the European Union and
Mercosur", "the EU-India free trade agreement"), or the counted envoys of a
ceremony ("the credentials of 19 new ambassadors"). The frames read their
participants without them (see :mod:`communique.extract._frames`).
"""

from __future__ import annotations

import re

from ..model import Record
from ._aim_told import in_aim_told
from ._discussed_topic import in_discussed_topic, in_discussion_of, in_passive_topic
from ._gate import Gated
from ._others_return import others_return
from ._prompted import prompted_end
from ._recognise import ISSUER, Ent, Sentence
from ._triggers import Trigger
from ._urged_to import urged_to

__all__ = ["witness_cut", "witness_start", "not_parties", "others_between", "counted_envoys",
           "own_posted", "time_opener_end", "people_met", "body_will_sit", "sequel_before",
           "at_the_end", "announced", "guest_subject", "summons_told", "summons_again",
           "purpose_partners", "purpose_told_again"]

#: the witnesses of a signing follow: "in the presence of", "witnessed by"
_WITNESS = Gated(re.compile(r",?\s*\b(?:in the presence of|(?:was|were|being) witnessed by|"
                      r"witnessed by)\b", re.I))
#: "the Prime Ministers of A and B witnessed the signing of": those before watched
_WITNESSED = re.compile(r"\b(?:witness(?:ed|es|ing)?|attend(?:ed|s|ing)?|overs(?:aw|ee|ees|eeing))"
                        r"\s+(?:the\s+)?$", re.I)
#: the side a measure is aimed at ("sanctions against Russia", "aggression on Ukraine"
#: is the victim's, so only "against" and sanctions "on")
_TARGET = Gated(re.compile(
    r"(?:\bagainst|\bsanctions?\s+(?:on|against)|\bembargo\s+on)\s+(?:the\s+)?$", re.I))
#: a country talked about after a verb or noun of talk: "conferred by telephone on
#: Sudan", "talks on the situation in Libya with ..." (not the side talked with)
_TALK_ON = re.compile(r"\b(?:(?:tele)?phone|call|conversation|talks|talked|spoke|conferred|"
                      r"consulted|discussions?|views|opinions|ideas|perspectives)\b[^.;,]{0,60}?\bon\s+(?:the\s+(?:situation|"
                      r"question|crisis|conflict|war)\s+(?:in|of)\s+)?(?:the\s+)?$", re.I)
#: the object of a warning: "warned Peru about the Republic of Korea's promises",
#: "cautioned them against Chinese loans", "warned of Russia's plans": what the warning
#: is about, no side of the talks it was given in
#: ("of" only right after the verb: "warned the Minister of Kenya" names the one warned)
_WARNED_OF = Gated(re.compile(r"\b(?:warn|caution|alert)(?:ed|s|ing)?\s+(?:(?:[\w'’.-]+\s+){1,4}?"
                              r"(?:about|against|over)|of|about|against|over)\s+[“\"‘']?"
                              r"(?:the\s+)?$", re.I))
#: a country that is the subject of a session: "the session of the Security Council on
#: Ukraine", "the open debate on the situation in Sudan"
_SESSION_ON = Gated(re.compile(r"\b(?:session|debate|briefing|conference|summit|hearing)s?\b"
                         r"[^.;,]{0,50}?\bon\s+(?:the\s+(?:situation|question|crisis|conflict|"
                         r"war)\s+(?:in|of)\s+)?(?:the\s+)?$", re.I))
#: the state whose recognition is talked about ("to recognise a Palestinian state",
#: "the recognition of the independence of Kosovo"): the object, not a side met
#: a body the sides are said to belong to: "Being close neighbours and members of
#: ASEAN, ...", "as fellow members of the Commonwealth", "both founding members of the
#: OSCE" (not "met members of the European Parliament": people of the body, met)
_MEMBERS_OF = Gated(re.compile(r"\b(?:as|being|both|fellow|are|were|is|was)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:founding\s+)?(?:members|member\s+states|member\s+countries|"
                               r"a\s+member|member\s+state)\s+of\s+(?:the\s+)?$", re.I))
_RECOGNISED = Gated(re.compile(r"\brecogni(?:s|z)(?:e|es|ed|ing)\s+(?:the\s+|an?\s+)?"
                         r"(?:(?:independence|sovereignty|statehood|State)\s+of\s+(?:the\s+)?)?$|"
                         r"\brecognition\s+of\s+(?:the\s+)?"
                         r"(?:(?:independence|sovereignty|statehood|State)\s+of\s+(?:the\s+)?)?$",
                         re.I))
_BETWEEN = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?(?:[\w-]+\s+){0,6}?between\s+(?:the\s+)?", re.I)
#: "the credentials of 19 new ambassadors": envoys counted, none named
_COUNTED_ENVOYS = re.compile(
    r"\b(?:of|from)\s+(?:the\s+)?(?:more than |over |about |some |nearly |at least )?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of)"
    # (the envoys' kind in up to three words: "new", "non-resident", "non- residential")
    r"\s+(?:[\w]+(?:-\s?[\w]+)*\s+){0,3}?"
    r"(?:ambassadors|envoys|heads of (?:diplomatic )?missions?|diplomats|chiefs of mission|"
    r"high commissioners)\b", re.I)


def witness_cut(s: Sentence, a: int, b: int) -> int:
    """Where the witnesses start after ``a`` (else ``b``): "signed ... between A and
    the European Union, in the presence of the President of Italy"."""
    m = _WITNESS.search(s.text, a, b)
    return m.start() if m else b


#: a document's signatories named after its bare participle: "the accord signed two
#: years ago by Chile and Peru", "a treaty signed in 1994 by the Republic of A and B"
#: (not after an auxiliary: "was signed by the ministers" may name no country)
_SIGNED_BY = re.compile(r"(?:\s+[\w-]+){0,4}?,?\s+by\s+(?:the\s+)?(?-i:[A-Z])[^.;]{0,80}?"
                        r"\s+and\s+(?:by\s+)?(?:the\s+)?(?-i:[A-Z])")
_AUXILIARY = re.compile(r"\b(?:was|were|been|being|be|is|are|had|has|have)\s+$", re.I)


def witness_start(s: Sentence, t: Trigger, la: int) -> int:
    """The start of a trigger's left side without those who watched it: "the
    Presidents of A and B witnessed the signing" names no party before it; nor
    does a document's text before its signatories ("remarks by Minister C on the
    accord signed last year by A and B": the parties are A and B)."""
    if t.type == "agreement" and (_WITNESSED.search(s.text, max(la, t.start - 30), t.start) or (
            t.text.lower() == "signed" and _SIGNED_BY.match(s.text, t.end)
            and not _AUXILIARY.search(s.text, max(la, t.start - 12), t.start))):
        return t.start
    return la


#: the other stops of the tour an event is part of: "as part of a regional tour that
#: also takes her to Peru and Chile", "on a trip which will take him to Bolivia"
_OTHER_STOPS = Gated(re.compile(
    r"\b(?:tour|visit|trip|swing|journey)(?:\s+(?:of|to|through)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r",?\s+(?:that|which)\s+(?:will\s+)?(?:also\s+)?"
    r"(?:includes?|including|takes?\s+(?:him|her|them)|will\s+take\s+(?:him|her|them)|"
    r"covers?|goes\s+on)\s+(?:to\s+)?(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:,|and)\s+(?:the\s+)?)*$"))


#: a country named as the one that paid for or backed a thing talked of: "an academy
#: opened in 2021 with support from France", "a hospital built with the assistance of
#: Japan", "the bridge financed by China": a benefactor, no side of the event
_SPONSOR = Gated(re.compile(
    r"\b(?:(?:with|through|thanks\s+to)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:support|assistance|"
    r"help|funding|financing|backing|grant|contribution)s?\s+(?:of|from)|(?:funded|financed|"
    r"co-financed|sponsored|donated|built|constructed|equipped)\s+by)\s+(?:the\s+)?"
    r"(?:(?:government|people)\s+of\s+(?:the\s+)?)?$", re.I))


def sponsor_named(s: Sentence, e: Ent) -> bool:
    """Whether ``e`` is named as the benefactor of a thing talked of (see above)."""
    return bool(_SPONSOR.search(s.text, max(s.start, e.start - 60), e.start))


def not_parties(s: Sentence, ents: list[Ent], issuer: str | None) -> list[Ent]:
    """``ents`` without the targets of measures talked about and the sides of
    another pair's name ("the EU-India agreement", "the Africa-France Summit"):
    a hyphenated pair that does not name the issuer is a name, not the parties."""
    out = []
    for e in ents:
        if _TARGET.search(s.text, max(s.start, e.start - 30), e.start) \
                or _OTHER_STOPS.search(s.text, max(s.start, e.start - 90), e.start) \
                or _SESSION_ON.search(s.text, max(s.start, e.start - 70), e.start) \
                or (_TALK_ON.search(s.text, max(s.start, e.start - 90), e.start)
                    and s.text[e.end:e.end + 1] not in "'’") \
                or _RECOGNISED.search(s.text, max(s.start, e.start - 60), e.start) \
                or _MEMBERS_OF.search(s.text, max(s.start, e.start - 70), e.start) \
                or _WARNED_OF.search(s.text, max(s.start, e.start - 70), e.start) \
                or sponsor_named(s, e) or in_discussed_topic(s, e) or in_aim_told(s, e) \
                or in_discussion_of(s, e) or in_passive_topic(s, e) \
                or others_return(s, e) or urged_to(s, e):
            continue
        if e.kind in ("country", "adj") and e.code != issuer \
                and _NAMES_OCCASION.match(s.text, e.end, s.end) \
                and _THE_BEFORE.search(s.text, max(s.start, e.start - 5), e.start):
            continue  # "the Ukraine Recovery Conference": a name, not a side met there
        if e.kind not in ("pair", "issuer") and _paired_without(s, e, issuer):
            continue
        if e.kind == "adj" and e.code != issuer and _PRIVATE_PEOPLE.match(s.text, e.end):
            continue  # "received a group of Korean students": people, no side of Korea
        out.append(e)
    return out


#: a gathering's name a country opens ("the Ukraine Recovery Conference", "the Syria
#: Donors Conference", "the Africa Climate Summit"): after "the", the name's capitalised
#: words, then the gathering's noun
_NAMES_OCCASION = re.compile(r"(?:\s+(?-i:[A-Z])[\w-]+){0,3}\s+(?-i:Conference|Summit|Forum|"
                             r"Compact|Platform|Initiative|Week|Expo)\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


#: private people named by a nationality ("Korean students", "Japanese tourists"; not
#: "German companies", who may stand for the side met): no government's side (the
#: issuer's own are read as compatriots)
_PRIVATE_PEOPLE = re.compile(r"\s+(?:[\w-]+\s+)?(?:students|pupils|scholars|academics|journalists|"
                             r"tourists|artists|athletes|youths?)\b|"
                             # ("Kenyans living in Canada": the nationality's people)
                             r"\s+(?:living|residing|studying|working|based|resident)\b", re.I)


def _paired_without(s: Sentence, e: Ent, issuer: str | None) -> bool:
    """Whether ``e`` is one half of a hyphenated pair ("EU-India", "Africa-France")
    that is not the issuer's: its other half is a side named that is not the
    issuer, or a continent. Two halves one of which is unknown are kept."""
    if e.code == ISSUER or (issuer and e.code == issuer):
        return False
    text = s.text
    if e.end < s.end and text[e.end] in "-–":
        mate = [o for o in s.ents if o.start == e.end + 1]
        word = _REGION_AFTER.match(text, e.end + 1)
    elif e.start > s.start and text[e.start - 1] in "-–":
        mate = [o for o in s.ents if o.end == e.start - 1]
        word = _REGION_BEFORE.search(text, max(s.start, e.start - 20), e.start - 1)
    else:
        return False
    if mate:
        return not any(o.code == ISSUER or (issuer and o.code == issuer)
                       for o in _chain(s, e))
    return word is not None


def _chain(s: Sentence, e: Ent) -> list[Ent]:
    """The sides hyphenated with ``e`` on either hand ("Poland-Lithuania-Ukraine":
    all three, so that the issuer among them keeps every one a party)."""
    out, text = [], s.text
    for step in (1, -1):
        cur = e
        while True:
            if step == 1 and cur.end < s.end and text[cur.end] in "-–":
                nxt = [o for o in s.ents if o.start == cur.end + 1]
            elif step == -1 and cur.start > s.start and text[cur.start - 1] in "-–":
                nxt = [o for o in s.ents if o.end == cur.start - 1]
            else:
                break
            if not nxt or nxt[0] in out:
                break
            cur = nxt[0]
            out.append(cur)
    return out


_REGIONS = r"(?:Africa|Europe|Asia|Latin America|America|Americas|Caribbean|Pacific|Arab|Nordic)"
_REGION_AFTER = re.compile(_REGIONS + r"\b")
_REGION_BEFORE = re.compile(r"(?<![\w-])" + _REGIONS + r"$")


def others_between(s: Sentence, t: Trigger, rb: int, issuer: str | None) -> bool:
    """Whether the trigger's event is "between" two or more sides none of which is
    the issuer ("the agreement between the European Union and Mercosur")."""
    m = _BETWEEN.match(s.text, t.end, rb)
    if not m:
        return False
    names = [e for e in s.ents if m.end() <= e.start < rb and e.kind != "city"]
    if not names or names[0].start - m.end() > 30:
        return False
    group = [names[0]]
    for e in names[1:]:
        gap = s.text[group[-1].end:e.start]
        if e.start < group[-1].end:
            continue
        if not re.fullmatch(r"\s*(?:,|and|&)\s*(?:the\s+)?(?:[\w'’-]+\s+){0,3}?", gap):
            break
        group.append(e)
    if len(group) < 2 or any(e.kind == "pair" for e in group):
        return False
    return not any(e.code == ISSUER or (issuer and e.code == issuer) for e in group)


#: the issuer's own honorary consuls or consular corps where they serve: "Honorary
#: Consuls from Germany, Poland and Austria", "our consular corps in Austria and Poland"
#: (every country of the list)
_OWN_POSTED = Gated(re.compile(
    r"\b(?:[Hh]onorary\s+[Cc]onsuls?|[Cc]onsular\s+corps(?:\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){1,3})?)\s*(?:to|in|from)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:,|and)\s+(?:the\s+)?)*$"))


def own_posted(s: Sentence, e: Ent) -> bool:
    """Whether ``e`` names where the issuer's own consuls serve: no participant."""
    return _OWN_POSTED.search(s.text, max(s.start, e.start - 70), e.start) is not None


#: meetings counted vaguely, their partners unnamed: "had a number of individual
#: meetings", "several bilateral meetings", "a series of talks" (told apart after)
_VAGUE_MANY = re.compile(
    r"\b(?:a\s+(?:large\s+|whole\s+)?(?:number|series|round|string)\s+of|several|numerous|"
    r"various|multiple|many)\s+(?:(?:separate|bilateral|individual|side|sideline|other)\s+)*"
    r"(?:meetings|talks|discussions|encounters)\b", re.I)


def counted_envoys(s: Sentence, a: int, b: int) -> bool:
    """Whether ``s.text[a:b]`` counts the envoys met without naming them, or
    counts meetings vaguely (from a little before ``a``: the trigger may be the
    noun after the count)."""
    return bool(_COUNTED_ENVOYS.search(s.text, a, b)
                or _VAGUE_MANY.search(s.text, max(s.start, a - 40), b))



#: people met who are no officials: "met with the Spanish community resident in
#: Chile", "met members of the diaspora", "met our compatriots"
_PEOPLE = re.compile(r"\s+(?:with\s+)?(?:(?:the|members of the|representatives of the|our)\s+)?"
                     r"(?:[A-Z][\w'’-]+\s+)?(?:community|communities|diaspora|compatriots|"
                     r"expatriates|business community|businesspeople|entrepreneurs)\b|"
                     # "met Ghanaians living in Canada": a nationality's people abroad
                     r"\s+(?:with\s+)?[A-Z][a-z]+(?:ians|ans|ese|is|ers)\s+(?:living|residing|"
                     r"studying|working|based|resident)\b|"
                     # "met with a group of experts at the Institute", "met scholars and
                     # students": people of a think tank or a university, no officials
                     r"(?i:\s+(?:with\s+)?(?:an?\s+(?:group|number|panel|circle)\s+of\s+|"
                     r"(?:some|several|leading|prominent)\s+)?(?:[\w-]+\s+)?"
                     r"(?:experts|scholars|academics|researchers|analysts|students|"
                     r"professors|think[- ]tankers)\b(?!\s+(?:of|from)\s+(?:the\s+)?"
                     r"(?:ministry|government|foreign)\b))")


def people_met(s: Sentence, t: Trigger) -> bool:
    """Whether the trigger's object is people rather than officials ("met with the
    Spanish community", "met the diaspora"): no side to take from the context."""
    return bool(_PEOPLE.match(s.text, t.end))


#: the guest as the subject: "He was received by", "The Secretary-General met"
#: (after a time or a place set off by commas: "This Tuesday, at the Ministry, the
#: Chairperson of the Commission held ...")
_GUEST_SUBJECT = re.compile(r"\W*(?:[^,.;]{1,80},\s+){0,2}?(?:[\w,]+\s+){0,3}?(?:he|she|the guest|"
                            r"the visitor|the secretary[- ]general|the director[- ]general|"
                            r"the high representative|the commissioner|"
                            r"the chair(?:person|man|woman)? of the commission)\s+"
                            r"(?:[\w-]+\s+){0,2}?", re.I)


def guest_subject(s: Sentence, a: int, b: int) -> bool:
    """Whether ``s.text[a:b]`` is the guest as the subject of what follows ("He was
    received by the President", "The Secretary-General met", "She is in")."""
    return _GUEST_SUBJECT.fullmatch(s.text, a, b) is not None


#: a summons just told: "summoned the Russian Ambassador", "was called in"
_SUMMONS = Gated(re.compile(r"\bsummon(?:ed|s|ing)?\b|\bcalled in\b", re.I))
#: the envoy summoned, named again as the one received: "The Ambassador was received
#: by the Director General", "She was received by the State Secretary"
_RECEIVED_AGAIN = re.compile(r"\W*(?:(?:the|this|that)\s+(?:[\w-]+\s+)?(?:ambassador|envoy|"
                             r"charg[ée] d['’]affaires|high commissioner|diplomat)|he|she)\s+"
                             r"(?:was|were)\s+(?:then\s+|later\s+)?received\s+by\b", re.I)


def summons_told(s: Sentence) -> bool:
    """Whether the sentence tells a summons."""
    return bool(_SUMMONS.search(s.text, s.start, s.end))


def summons_again(s: Sentence, t: Trigger, summoned: bool) -> bool:
    """Whether a meeting is the summons just told, told again from the envoy's
    side ("The Ambassador was received by the FCDO's Director General")."""
    return summoned and t.type == "meeting" and _RECEIVED_AGAIN.fullmatch(
        s.text, s.start, t.end) is not None


#: a meeting named as a trip's purpose: "travelled to Addis Ababa for talks with"
_PURPOSE = re.compile(r"\b(?:for|to hold|to have)\s+$", re.I)


def purpose_partners(s: Sentence, t: Trigger, made: list[Record]) -> set[str]:
    """The partners of meetings a trip's purpose names ("for talks with the
    Ethiopian authorities"): those talks are often told again in detail."""
    if t.type != "meeting" or not _PURPOSE.search(s.text, max(s.start, t.start - 10), t.start):
        return set()
    return {c for r in made for c in r.to + r.organizations[:1]}


def purpose_told_again(s: Sentence, t: Trigger, r: Record, purposed: set[str]) -> bool:
    """Whether a meeting without a date of its own is the one a trip's purpose
    named before ("The State Secretary also held talks with Ethiopia's ...")."""
    return t.type == "meeting" and not s.dates and bool(purposed) \
        and all(c in purposed for c in r.to + r.organizations[:1]) \
        and bool(r.to or r.organizations)


#: the body as the subject of a sitting to come: "The Joint Commission will meet",
#: "..., created in 2010, is expected to hold its session"
_BODY_WILL_SIT = re.compile(r"(?:\s*,[^,.;]{1,60},)?\s+(?:will|shall|is to|are to|is due to|"
                            r"are due to|is expected to|are expected to|is scheduled to|"
                            r"are scheduled to)\s+(?:(?:again|next|also)\s+)?(?:meet|hold|"
                            r"convene|sit|gather)\b", re.I)


def body_will_sit(s: Sentence, t: Trigger, end: int) -> bool:
    """Whether the body the trigger names is the subject of a sitting to come."""
    return _BODY_WILL_SIT.match(s.text, t.end, end) is not None


#: a subject's next step, right before its verb: "The Minister then proceeded to"
_SEQUEL = re.compile(r"\b(?:then|afterwards|subsequently|thereafter)\s+$", re.I)


def sequel_before(s: Sentence, at: int) -> bool:
    """Whether the verb at ``at`` is told as the subject's next step ("then")."""
    return _SEQUEL.search(s.text, max(s.start, at - 24), at) is not None


#: a sentence opened by what followed or preceded an event told before: "Following
#: the talks,", "After the meeting,", "At the end of the negotiations,", "Before our
#: meeting"
_AFTER_EVENT = re.compile(r"\W*(?:following|after|before|ahead of|"
                          r"at the (?:end|close|conclusion) of|"
                          r"on the (?:margins|sidelines|fringes) of)\s+"
                          r"(?:the|our|this|that|their|his|her)\s+"
                          r"(?:[\w-]+\s+){0,2}?(meeting|talks|negotiations|consultations|"
                          r"visit|session|plenary|work|works|proceedings|deliberations|"
                          r"(?-i:[A-Z]{2,6}))\b\s*,?|"
                          # "During Minister Fidan's stay, ...": the named guest's visit
                          r"\W*during\s+(?:(?-i:[A-Z])[\w.-]*\s+){0,3}(?-i:[A-Z])[\w-]*['’]s\s+"
                          r"(?:[\w-]+\s+)?(visit|stay)\b\s*,?", re.I)
#: ("At the end of the work", "At the close of the proceedings", "After the plenary",
#: "After the JCC": a session's, or a body named by its acronym)
_SITTING = ("commission", "multilateral", "consultation", "meeting")
_EVENT_KIND = {"meeting": ("meeting", "multilateral", "commission"),
               "talks": ("meeting", "multilateral"),
               "negotiations": ("meeting", "multilateral"), "consultations": ("consultation",),
               "visit": ("visit",), "stay": ("visit",), "session": ("commission", "multilateral"),
               "work": _SITTING, "works": _SITTING, "proceedings": _SITTING,
               "deliberations": _SITTING, "plenary": _SITTING, "": _SITTING}


#: "On the eve of the meeting, ...": the day before the event told
_EVE_OF = re.compile(r"\W*on the eve of (?:the|this|that|our|their)\s+(?:[\w-]+\s+){0,2}?"
                     r"(meeting|talks|negotiations|consultations|visit|session)\b", re.I)


_AT_THE_END = re.compile(r"\W*at the (?:end|close|conclusion) of (?:the|this|that|its|their)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:work|works|proceedings|session|meeting|talks|"
                         r"visit|deliberations|negotiations)\b", re.I)


def at_the_end(s: Sentence) -> bool:
    """Whether the sentence opens at the end of the event told ("At the end of the
    work, ..."): the last day of its days."""
    return _AT_THE_END.match(s.text, s.start, s.end) is not None


#: a journey or a stay announced: "is due to travel to Brussels on Thursday for a
#: meeting of" (the purpose of the journey), "who will be in Russia on a working visit"
_ANNOUNCED = re.compile(r"\b(?:will|(?:is|are) (?:due |expected |set |scheduled )?to) "
                        r"(?:travel|go|fly|head|leave)\b[^.;,]{0,60}?"
                        r"(?:\bfor\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3})?$|"
                        r"\b(?:will|is to|are to) be (?:in|at)\s+[^.;,]{1,40}?\s+on\s+"
                        r"(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}$")


def announced(before: str) -> bool:
    """Whether the text right before a trigger announces the journey or stay it is
    part of (the event is not held yet)."""
    return _ANNOUNCED.search(before) is not None


def time_opener_end(s: Sentence, clause_start: int, t_start: int) -> int:
    """Where an opening phrase of time that names another occasion ends, when it ends
    before the trigger ("After his meeting with the Turkish Ambassador, the Minister
    had a call with ...": the Ambassador is no side of the call); else 0."""
    # (also after a time first: "On 27 October, after his meeting with X, ...")
    m = _TIME_OPENER.match(s.text, clause_start, t_start) \
        or _TIME_OPENER_LATER.search(s.text, clause_start, t_start)
    return m.end() if m else prompted_end(s.text, clause_start, t_start)


# (an adverb before it, "Shortly after his meeting with X,"; or a gerund, "After meeting
# the Ambassador of X,", "Before receiving the Ambassador of Y,")
_OPENER_BODY = (r"(?:(?:shortly|soon|immediately|just|right|directly)\s+)?"
                r"(?:after|following|before|prior\s+to|ahead\s+of)\s+(?:(?:his|her|their|the|an?)\s+"
                r"(?:[\w-]+\s+)?(?:meeting|talks|call|conversation|audience|visit)s?\s+"
                r"(?:with|to)|(?:meeting|receiving|hosting|welcoming|visiting)(?:\s+with)?)"
                r"\s+[^,;]{1,100},\s*")
_TIME_OPENER = re.compile(r"\W*" + _OPENER_BODY, re.I)
_TIME_OPENER_LATER = re.compile(r",\s+" + _OPENER_BODY, re.I)
