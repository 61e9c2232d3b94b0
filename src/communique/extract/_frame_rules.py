"""Readings of a frame's surroundings that decide what a trigger reports
(see :mod:`communique.extract._frames`): a call received, a witness or a venue
that is no one met, a total that is a figure, a list of hosts each with its
time, sides that meet as one subject, the guest's onward journey, the
organisation seated in a city visited for its session, and how many officials a
meeting phrase lists (an honorific rank after an office is no second one)."""

from __future__ import annotations

import re
from dataclasses import replace

from ._appositive import appositive as _appositive
from ._asides import body_will_sit
from ._frame_parts import Context, _ents
from ._gate import Gated
from ._office_list import name_first, names_another
from ._officials_included import group_end, list_end
from ._org_office import heads_body
from ._persons import find_titles
from ._private_met import PRIVATE_PEOPLE
from ._recognise import ISSUER, Ent, Sentence
from ._triggers import Trigger

_AND_VERB = re.compile(r"\b(?:(?:and|then)(?:\s+(?:later|then|also|subsequently))?|"
                       r"(?:before|after)(?:\s+which)?(?:\s+(?:he|she|they))?)\s+$")

#: ", his first visits abroad", ", the latter being the first visit of ...": the visits
#: just told, named again (", in the first visit by a Maltese minister since ...",
#: ", marking the first visit by ...": a prepositional apposition too; not ", on a
#: working visit to X", which tags a guest received with a visit of its own)
_APPOSED = re.compile(r",\s+(?:(?:(?:the latter|the former|which was|this was|it was|each)\s+"
                      r"(?:being\s+)?)?(?:his|her|their|its|the|a|an)\s+(?:[\w-]+\s+){0,2}|"
                      r"(?:in|marking)\s+(?:his|her|their|its|the)\s+(?:(?:first|second|third|"
                      r"maiden|inaugural)\s+(?:[\w-]+\s+)?)?)$")


#: the region between two visits named as nouns of one subject: "a state visit to
#: Peru on 3 May and an official [visit]", "... to Chile on 2 May, a working [visit]",
#: "... to Cyprus from 3 to 4 June, followed by a [visit]":
#: the place before is the first visit's host, not the second's visitor
_SECOND_VISIT = re.compile(r"\s*(?:to|in)\s+[^;]{1,120}?(?:,|\band\b|\bas well as\b)\s+"
                        r"(?:then\s+|later\s+|also\s+|(?:and\s+)?followed\s+by\s+)?"
                        r"(?:an?|the|his|her|their)?\s*"
                        r"(?:[\w-]+\s+){0,2}")
#: the first of the two visits ends the region before: "paid a state visit"
_VISIT_BEFORE = re.compile(r"\b(?:visit|trip|tour)\s*$", re.I)
#: what follows a visit named as a new stop: "visit to the Republic of Ecuador"
_TO_PLACE = re.compile(r"\s+(?:to|in)\s+(?:the\s+)?[A-Z]")
#: the first destination preposition of a clause: the subject ends before it
_FIRST_TO = re.compile(r"\b(?:to|in)\s+(?:the\s+)?[A-Z]")


_ONWARD = re.compile(r"\b(?:before|after)(?:\s+which)?(?:\s+(?:he|she|they))?\s+$")


#: the guest as the subject of a sentence of the issuer's hosting
_GUEST_SUBJECT = re.compile(r"\b(?:be|been|was|were|is|are)\s+(?:also\s+|later\s+|then\s+)?"
                            r"received\b|^\W*the (?:guest|visitor|visiting|delegation)\b", re.I)


#: ranks used as a form of address after an office ("..., Ambassador A"), military ones
#: with their grade ("..., Lieutenant General A", "..., Rear Admiral B", "..., Colonel C")
_RANK = re.compile(r"(?:(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Vice|Rear|Air(?:\s+Chief)?|"
                   r"Field)\s+(?:General|Admiral|Marshal)\b|Ambassador|General|Admiral|Colonel|"
                   r"Professor|Archbishop|Cardinal|Bishop|Monsignor|Metropolitan)\b")
#: between the office and the rank: a comma, after the office's own "of Peru"
_RANK_GAP = re.compile(r"(?:\s+of\s+(?:the\s+)?[\w'’ -]{1,40}?)?,\s*")
#: "between" naming the sides of a meeting (not "between the two ministries")
BETWEEN_SIDES = Gated(re.compile(
    r"\bbetween\b(?!\s+(?:the\s+|our\s+)?(?:two\s+|respective\s+)?"
    r"(?:foreign\s+)?(?:ministries|ministers|foreign\s+offices)\b(?!\s+of\b))"))
#: each counterpart met apart: "separately", "each", "respective", "one-to-one"
SEPARATE = Gated(re.compile(r"\bseparate(?:ly)?\b|\beach\b|\brespective\b|\bone-(?:to|on)-one\b",
                            re.I))


def rank_after_office(text: str, gap: str, start: int) -> bool:
    """Whether the title at ``start``, after ``gap`` following an office, is the
    same person's honorific rank: "the Vice Minister of Peru, Ambassador A"."""
    return _RANK_GAP.fullmatch(gap) is not None and _RANK.match(text, start) is not None


_TIMES_BEFORE = re.compile(r"\b(?:twice|(?:three|four|five) times)\s+$", re.I)


def _seat_visited(s: Sentence, city: Ent, rb: int) -> list[str]:
    """The organisations seated in ``city`` that a purpose right after it names
    ("to Brussels on Wednesday for the meeting of NATO foreign ministers")."""
    seated = _SEATS.get(s.text[city.start:city.end])
    if not seated:
        return []
    m = _FOR_PURPOSE.match(s.text, city.end, rb)
    if not m:
        return []
    return [e.code for e in _ents(s, m.end(), min(rb, m.end() + 60), "org")
            if e.code in seated][:1]


def seat_of_session(s: Sentence, city: Ent, ctx: Context) -> list[str]:
    """The organisation seated in ``city`` whose session the text told before ("is
    taking part in the meeting of NATO Ministers in Brussels. ... Before leaving for
    Brussels, ..."): the trip to the city is one to its seat."""
    seated = _SEATS.get(s.text[city.start:city.end], frozenset())
    return [o for o in sorted(seated) if ("multilateral", (o,)) in ctx.reported][:1]


#: organisations whose seat a visit to the city may be a visit to
_SEATS = {"Brussels": frozenset({"NATO", "EU"})}


_FOR_PURPOSE = re.compile(r"(?:\s+(?:on|this|last|early|late|in)\s+[\w-]+(?:\s+[\w-]+)?)?,?\s+"
                          r"(?:to attend\s+|to take part in\s+|for\s+)(?:the|a|an)\s+", re.I)


#: "received on Sunday a telephone call", "took late on Monday a call": the
#: verb, a time between it and the call's noun
_RECEIVED_CALL = re.compile(r"\b(?:received|receives|receiving|took|takes)\s+(?!part\b)(?!note\b)"
                            r"(?:[^.;,]{0,30}?\s)?"
                            r"(?:an?|the)\s+(?:[\w-]+\s+)?$", re.I)


_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\b")
#: an absolute clause after those met, "..., with the Admiral pledging to return",
#: "..., with one of its results being ...": what came of it, no one more met
_WITH_ABSOLUTE = re.compile(r",\s+with\s+(?:the|his|her|their|its|one|both|each)\b[^,;]{0,80}?"
                            r"\b[a-z]{2,}ing\b")


#: a title in a phrase that names no one met: "received, in the presence of the
#: Ambassador of X, ..." (a witness), "at the Ministry's General Diwan", "at King
#: Charles Street" (a place)
_NOT_MET = re.compile(r"\b(?:in the presence of|accompanied by|attended by)\s+[^,;()]*$|"
                      r"\b(?:at|in) (?:the (?:[\w-]+['’]s )?)?$|"
                      # a title inside a place's name: "at the Office of the President"
                      r"\b(?:at|in|to) (?:the )?(?:Office|Palace|Residence|Seat|Chancellery|"
                      r"Secretariat|Cabinet) of (?:the )?$|"
                      # whom the guest stands for: "A, special envoy of the Chilean President"
                      r"\b(?:envoy|emissary|messenger|representative) of (?:the )?"
                      r"(?:[\w-]+ ){0,2}?$|"  # (or the host: "..., on behalf of the President")
                      r"\bon behalf of (?:the )?(?:[\w-]+ ){0,2}?$", re.I)


def _joint_subject(s: Sentence, t: Trigger, cl: tuple[int, int], ents: list[Ent],
                   others: list[str], ctx: Context) -> bool:
    """Whether the sides meet as one subject, the issuer's among them, with no
    object after the verb: "The foreign ministers of Lithuania, Latvia and Estonia
    met in Riga", "Mr A and his Belgian and Dutch counterparts held a Benelux
    meeting": one meeting of all of them, not a bilateral with each."""
    if t.type != "meeting" or _WITH_AFTER.match(s.text, t.end) or t.text.lower().endswith(
            ("with", "between")):
        return False
    before = {e.code for e in ents if cl[0] <= e.start < t.start}
    if not set(others) <= before:
        return False
    subject = s.text[cl[0]:t.start]
    if _ENVOYS_SUBJECT.search(subject):
        # "The ambassadors of A and B to our country paid a courtesy call on the
        # Prime Minister": each envoy speaks for his own country, and the issuer
        # named is where they are posted, no side of one joint meeting
        return False
    return bool((ctx.issuer and (ctx.issuer in before or ISSUER in before))
                or _WITH_COLLEAGUES.search(subject))


#: a subject of several countries' envoys
_ENVOYS_SUBJECT = re.compile(r"\b(?:ambassadors|(?:high[- ])?commissioners|envoys|"
                             r"heads of (?:diplomatic )?missions?|charg[ée]s d['’]affaires)\b",
                             re.I)


_WITH_AFTER = re.compile(r"\s+(?:(?:separately|again|also|today|yesterday|bilaterally)\s+)?"
                         r"(?:with|between)\b")


#: "Mr A and his Belgian and Dutch counterparts", "the Minister and her colleagues from"
_WITH_COLLEAGUES = re.compile(r"\band\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,4}?"
                              r"(?:counterparts|colleagues)\b")


def _counted(s: Sentence, t: Trigger) -> tuple[int, int] | None:
    """Where the trigger's events are counted by a number of five or more
    ("86 bilateral meetings", "signed 17 agreements and memoranda"): the span of
    the trigger and its count, else None."""
    m = _COUNT_BEFORE.search(s.text, max(s.start, t.start - 40), t.start) \
        or _COUNT_AFTER.match(s.text, t.end, s.end)
    if not m:
        return None
    n = m.group("n").lower()
    if (int(n) if n.isdigit() else _COUNT_WORDS.get(n, 0)) < 5:
        return None
    return min(m.start(), t.start), max(m.end(), t.end)


_COUNT_WORDS = {"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12, "dozens": 24, "hundreds": 200}


_COUNT_NUMBER = (r"(?:(?:more than|over|some|about|nearly|almost|around|a total of|at least)\s+)?"
                 r"(?P<n>\d+|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\s+")


#: ("17 agreements", "14 bilateral instruments were signed": the count of a passive too)
_COUNT_BEFORE = re.compile(r"\b" + _COUNT_NUMBER + r"(?:of\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                           r"(?:(?:was|were|have been|has been|had been)\s+)?$")


_COUNT_AFTER = re.compile(r"\s+" + _COUNT_NUMBER + r"(?:of\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                          r"(?:agreements|documents|memoranda|treaties|instruments|protocols|"
                          r"meetings|talks|visits|calls|conversations|contacts)\b", re.I)


_BOUND_FOR = re.compile(r"\b(?:leav\w*|left|depart\w*|head\w*|fl(?:y|ying|ew|ies)|"
                        r"travel\w*|continu\w*|return\w*|bound|way|route)\s+(?:on\s+|back\s+)?"
                        r"(?:for|to)\s+$", re.I)


#: several guests hosted together, one meeting: "hosted the foreign ministers of A, B
#: and C", "hosted in Riga her Estonian and Finnish colleagues"
_HOSTED_MANY = re.compile(r"(?:hosted|welcomed)\s+(?:in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?"
                          r"(?:(?:his|her|their|the)\s+(?:[\w-]+,?\s+(?:and\s+)?){0,5}?|"
                          r"(?-i:[A-Z])[\w-]+\s+)(?:counterparts|colleagues|(?:foreign\s+)?ministers|"
                          r"leaders|heads\s+of)\b", re.I)


def officials_listed(s: Sentence, a: int, b: int, issuer: str | None, partner: str) -> int:
    """How many officials a meeting phrase lists: titles after it, joined by commas
    or "and" (with a name or more between them); titles joined by a bare "and" are
    one person's ("Deputy Prime Minister and Minister of Foreign Affairs")."""
    # "received the Ambassador of Iran, A, who handed him a letter from his Iranian
    # counterpart": a relative clause tells about the guest, it lists no one met
    rel = _RELATIVE.search(s.text, a, b) or _WITH_ABSOLUTE.search(s.text, a, b)
    b = rel.start() if rel else b
    # "called on the Minister for Trade, A, and addressed students at ...", "met A, and
    # the talks continued among experts": a second predicate ends the list of those met
    verb = _NEXT_PREDICATE.search(s.text, a, b)
    b = verb.start() if verb else b
    # "met her counterpart, A, in Rome: 'We agree', the Minister said": a colon or a
    # quotation ends the list (the speaker's title after it is no one met; a semicolon
    # before the next "Name, the Title" does not: see _officials_included)
    b, a = list_end(s.text, a, b), group_end(s, a)  # ("with Chilean ministers, including")
    # an unqualified title after the verb is the partner's ("he also met National
    # Security Adviser A and Foreign Secretary B" on a visit to India)
    titles = find_titles(s, issuer, officials=True)
    spans = [(m.start, m.end) for m in titles
             if a <= m.start < b and (m.country in (None, partner) or m.inferred)
             and not _NOT_MET.search(s.text, max(a, m.start - 80), m.start)
             and not PRIVATE_PEOPLE.search(s.text, m.start, m.end)  # ("and journalists")
             and not heads_body(s, m.start)]  # ("President A of the European Council")
    # "met President A and her counterpart B": a counterpart is an official too
    mates = [(m.start(), m.end()) for m in _COUNTERPART_OF.finditer(s.text, a, b)
             if not any(x <= m.start() < y for x, y in spans)]
    spans += mates
    roles = {m.start: m.role for m in titles}
    people = 0
    prev_end: int | None = None
    prev_start = -1
    # "met with Mr A, Member of X, Director of Y, and Minister of Z": a name first, then
    # the offices it holds, none with a name or an article of its own: one person
    named = name_first(s, a, b)  # (past the days told first)
    if named and any(named.start() <= x < named.end() for x, _ in spans):
        named = None  # "met President A, ...": a title opens the list, not a name
    for start, end in sorted(spans):
        gap = s.text[prev_end:start] if prev_end is not None else ""
        if prev_end is not None and _OCCASION_NEXT.search(gap):
            break  # "..., on the sidelines of the Foreign Ministers' Meeting": no one met
        if named is not None:
            lead = s.text[named.end():start] if prev_end is None else gap
            office = s.text[prev_start:prev_end] if prev_end is not None else ""
            # (a name read before the office out of the portfolio between is none)
            if not names_another(lead, office) and not any(
                    m.start == start and m.name and m.name not in s.text[a:named.end()]
                    and m.name not in lead for m in titles):
                if prev_end is None:
                    people += 1
                prev_end, prev_start = end, start
                continue
            named = None
        # ("Minister of State, Minister of Foreign Affairs", "the Vice Minister of Peru,
        # Ambassador A": a minister's title or a rank after a comma is the same person's)
        # ("the Armenian President, Prime Minister and Speaker": offices no one holds
        # together, one person each)
        if prev_end is None or _apart(roles.get(prev_start), roles.get(start)) or not (
                # ("Minister of State and Acting Minister for Trade": the second
                # office held for the time being, by the same person)
                _SAME_HOLDER.fullmatch(gap) or (
                re.fullmatch(r",\s*", gap) and "Minister" in s.text[start:end])
                or rank_after_office(s.text, gap, start) or _appositive(s.text, gap, end)
                # ("her British counterpart, Foreign Secretary A": the counterpart's title)
                or ((prev_start, prev_end) in mates and re.fullmatch(r",\s*", gap))):
            if prev_end is not None and not re.search(r",|\band\b", gap):
                break  # not a list any more
            people += 1
        prev_end, prev_start = end, start
    return people


#: what joins two offices of one person: a bare "and", the second one's holder acting
#: for the time being ("Minister of Health and (the) Acting Minister for Foreign
#: Affairs"); an article of its own before the second office names another person ("the
#: Defence Minister and the Prime Minister of Iraq": two)
_SAME_HOLDER = re.compile(r"\s+and\s+(?:(?:the\s+)?(?:Acting|Interim|Caretaker|acting|"
                          r"interim|caretaker)\s+)?")


#: offices one person never holds together: a head of state, a head of government, a
#: speaker of parliament; and a head of state or a speaker with a ministry
_HEADS = frozenset({"head_of_state", "head_of_government", "parliament_speaker"})
_MINISTRIES = frozenset({"foreign_minister", "deputy_foreign_minister", "minister",
                         "deputy_head_of_government"})


def _apart(one: str | None, other: str | None) -> bool:
    """Whether two titles listed one after the other are two persons'."""
    pair = {one, other}
    return (len(pair) == 2 and pair <= _HEADS) or (
        bool(pair & {"head_of_state", "parliament_speaker"}) and bool(pair & _MINISTRIES))


#: an occasion after those met ends their list
_OCCASION_NEXT = re.compile(r"\b(?:on|at|in)\s+the\s+(?:sidelines|margins|framework|course)\b|"
                            r"\bduring\b", re.I)


_NEXT_PREDICATE = re.compile(r",?\s+and\s+(?:then\s+|also\s+|later\s+|afterwards\s+)?(?:(?:the\s+)?"
                             r"(?:talks|meeting|discussions?|negotiations)\s+(?:were\s+|was\s+)?)?"
                             r"(?:[a-z]+ed|spoke|gave|took|went|made|laid|paid|held|met)\b")
#: triggers whose object is a list of persons ("met A and B", "called on A and B")
#: (meetings or audiences in the plural: "held bilateral meetings with A, the Minister, B")
_MET_PERSONS = re.compile(r"(?:met|meets|courtesy calls?|call(?:ed|s)? on|received|receives)\b|"
                          r"(?:exchanged|exchanges)\s+(?:views|opinions|ideas)\s+with\b|"
                          r".*\b(?:meetings|audiences)\b", re.I)
#: sides not named ("talks with countries in the region", "met partners from the
#: region", "with the neighbouring states", "with senior officials of several
#: countries", "with his counterparts from the region"): no partner, not the one
#: told before
UNNAMED_SIDES = re.compile(r"\s*(?:with\s+)?(?:(?:(?:senior|high[\s-]level|top|the|other|some|all|"
                           r"his|her|their|its|our)\s+)*"
                           r"(?:officials|representatives|delegat(?:es|ions)|leaders|ministers|"
                           r"counterparts|colleagues)\s+(?:of|from|in)\s+)?"
                           r"(?:(?:the|several|many|various|other|all|some|"
                           r"numerous|a\s+number\s+of|neighbou?ring|regional|its|our|their|"
                           r"of|member)\s+)*"
                           r"(?:countries|states|nations|partners|neighbou?rs|governments|"
                           r"region|neighbou?rhood)\b"
                           r"(?!\s+(?:of\s+)?(?:the\s+)?(?-i:[A-Z]))"
                           # ("met several colleagues in Brussels": how many, not whose)
                           r"|\s*(?:with\s+)?(?:several|many|various|numerous|some|"
                           r"a\s+number\s+of)\s+(?:of\s+(?:the|his|her|their|its|our)\s+)?"
                           r"(?:[a-z]+\s+)?(?:colleagues|counterparts)\b"
                           r"(?!\s+(?:from|of)\s+(?:the\s+)?(?-i:[A-Z]))"
                           # ("met regional leaders": of the region, no side named)
                           r"|\s*(?:with\s+)?(?:(?:the|his|her|their|other|several|many|some)\s+)?"
                           r"regional\s+(?:leaders|counterparts|colleagues|partners|ministers)\b"
                           r"(?!\s+(?:from|of)\s+(?:the\s+)?(?-i:[A-Z]))", re.I)
#: ("his Papua New Guinea counterpart", "her Trinidad and Tobago counterpart")
_COUNTERPART_OF = re.compile(r"\b(?:his|her|my|their|our)\s+(?:[A-Z][\w-]+\s+(?:and\s+)?){0,4}"
                             r"counterpart\b")


#: "Together we signed", "We then signed": a first-person signing right before the verb
_WE_BEFORE = re.compile(r"\b(?:we|together|jointly)\b(?:\s+(?:then|also|later|together|"
                        r"jointly|have|had|both))*\s+$", re.I)


def we_signed_for_us(s: Sentence, t: Trigger, ents: list[Ent], issuer: str | None) -> bool:
    """ "Together we signed an agreement under which Georgia will ...": a first-person
    signing whose sentence names only the issuer, after the verb (in what the
    document does), not as a party: the partner is the one the text is about."""
    return bool(issuer) and t.type == "agreement" \
        and bool(_WE_BEFORE.search(s.text, max(s.start, t.start - 30), t.start)) \
        and all(e.start >= t.end for e in ents if e.kind != "pair")


#: a clause whose subject is a pronoun: "On 16 July he held talks with ..."
_PRONOUN_SUBJECT = re.compile(r"(?:^|,\s*|\b(?:[Oo]n|[Ii]n)\s+[^,.;]{1,25}?\s+)"
                              r"(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+(?:two|pair))\s+"
                              r"(?:(?:also|then|later|first)\s+)?$")


def pronoun_subject(s: Sentence, a: int, at: int) -> bool:
    """ "On 16 July he held talks with the Minister": the one of the sentence
    before, whose side the text's focus holds (even in a review, where no partner
    is carried otherwise); "The two met again in May": the two of it."""
    return bool(_PRONOUN_SUBJECT.search(s.text[max(s.start, a, at - 60):at]))


#: a head named, then said to chair an organisation ("President A, who is the current
#: Chairperson of the African Union"): met as his country's
_CHAIRS_ASIDE = re.compile(
    r"\b(?:President|Prime\s+Minister|King|Emir|Sultan|Chancellor|Premier|(?:Foreign\s+)?"
    r"Minister)\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?,\s+who\s+(?:is|was)?\s*"
    r"(?:also\s+|currently\s+|now\s+)?(?:chairs|holds\s+the\s+(?:rotating\s+)?"
    r"(?:chair|chairmanship|presidency)\s+of|(?:is\s+|was\s+)?the\s+(?:current\s+|"
    r"incumbent\s+|rotating\s+)?(?:chair|chairperson|chairman|chairwoman|chair-in-office)"
    r"\s+of)\s+(?:the\s+)?[^,;.]*$", re.I)


def chair_aside(s: Sentence, at: int) -> bool:
    """Whether the organisation named at ``at`` is one the official met chairs (see
    above), not the side met."""
    return _CHAIRS_ASIDE.search(s.text[max(s.start, at - 160):at]) is not None


#: the heads of several organisations as one plural office: "the Secretaries-General of",
#: "the General Secretaries of",
#: "the heads of", "representatives of" (also with the organisations named as examples:
#: "representatives of partner organisations such as A and B")
_HEADS_OF = re.compile(
    r"\b(?:Secretar(?:ies|y)[- ]Generals?|Secretaries[- ]General|General\s+Secretaries|"
    r"Directors[- ]General|"
    r"Director[- ]Generals|Executive Secretaries|Presidents|Chairpersons|Chairs|Chairmen|"
    r"heads|leaders|Commissioners|representatives|officials|delegations|"
    # "met envoys from the United Nations, the African Union and the World Bank": the
    # staff of each body listed
    r"envoys|diplomats|delegates|ambassadors)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:organi[sz]ations|agencies|institutions|bodies|groups|"
    r"groupings),?\s+"
    r"(?:such\s+as|including|like|namely|notably)\s+(?:the\s+)?)?", re.I)


_OWNER = re.compile(r"([\w-]+)['’]s?\s+$")
_POSSESSIVE = re.compile(r"\s*(?:['’]s\s+)?")


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def national_office(s: Sentence, at: int, end: int) -> bool:
    """Whether the office ``s.text[at:end]``, one that international organisations
    have ("Special Envoy", "Director General"), is a national one: a body's that is
    no organisation known ("the FCDO's Director General"; "NATO's Secretary
    General" is the alliance's), or a country's named right before or after it
    ("the United States Special Envoy", "the Special Envoy of Italy's Prime
    Minister")."""
    m = _OWNER.search(s.text, max(s.start, at - 30), at)
    if m is not None and not any(e.kind == "org" and e.end == m.end(1) for e in s.ents):
        return True
    return any(e.kind in ("country", "adj", "issuer") and (
        (e.end <= at and _POSSESSIVE.fullmatch(s.text, e.end, at) is not None)
        or (e.start >= end and _OF_THE.fullmatch(s.text, end, e.start) is not None))
        for e in s.ents)


# --- a commission's body told about rather than sitting ---------------------

#: a body a decision founds, revives or raises: "an agreement creating a binational commission",
#: "set up a joint working group", "the next meeting of the", "elevate their BNC"
_BODY_FOUNDED = re.compile(r"\b(?:creat(?:e|es|ed|ing)|establish(?:es|ed|ing)?|set(?:s|ting)? up|"
                           r"(?:creation|establishment|setting up|revival|reactivation|elevation|"
                           r"relaunch(?:ing)?|upgrad(?:e|ing)) of|reviv(?:e|es|ed|ing)|reactivat"
                           r"(?:e|es|ed|ing)|(?:elevat|upgrad)(?:e|es|ed|ing)|relaunch(?:es|ed)?|"
                           r"next (?:session|meeting|round) of)\s+(?:the\s+|an?\s+|a\s+new\s+)?"
                           r"(?:[\w–-]+\s+){0,5}$", re.I)
#: "..., which has not met since 2019", "..., created in 2012", "... would be elevated to"
_BODY_NOT_HELD = re.compile(r"[^.;]{0,60}?,\s+(?:which|that)\s+(?:has|had|have)\s+not\s+(?:met|"
                            r"convened|been\s+held|held\s+a\s+session)|[^.;]{0,80}?\b(?:be|been|"
                            r"being)\s+(?:elevated|upgraded|raised)\s+to\b|[^.;,]{0,60}?,\s+(?:"
                            r"created|established|set\s+up|founded)\s+(?:in|during|by|under|at|on|"
                            r"with)\b", re.I)


#: a session the sides agreed or undertook to hold, however many words name it: "agreed
#: to convene the 23rd Meeting of the Thai-Lao Joint Commission", "decided to revive"
_AGREED_TO_SIT = re.compile(r"\b(?:agreed|decided|resolved|undertook|pledged|committed|"
                            r"agreement)\s+to\s+(?:convene|reconvene|hold|organi[sz]e|resume|"
                            r"revive|reactivate|relaunch|host)\s+(?:[\w'’–-]+\s+){0,8}$", re.I)


def body_not_held(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """Whether a commission's trigger names a body founded, to be revived or
    described, rather than a session of it ("signed an agreement creating a
    joint commission", "the Commission, which has not met since 2019")."""
    if t.type == "consultation":  # "welcomed the establishment of the A-B Strategic Dialogue"
        return _BODY_FOUNDED.search(s.text, max(cl[0], t.start - 60), t.start) is not None \
            and not _BODY_SITS.search(s.text, t.end, cl[1])
    if t.type != "commission":
        return False
    if body_will_sit(s, t, cl[1]) \
            or _AGREED_TO_SIT.search(s.text[max(cl[0], t.start - 100):t.start]):
        return True  # "The A-B Binational Cabinet will meet in Tacna on 30 May"
    # ("the relaunch of the commission, whose last session had been held in 2019": that
    # session is told; "co-chaired the 20th session of the Commission, which had not
    # met since 2019": this one is)
    if _BODY_SITS.search(s.text, t.end, cl[1]) and not _BODY_NOT_HELD.match(s.text, t.end, cl[1]):
        return False
    if _BODY_FOUNDED.search(s.text, max(cl[0], t.start - 60), t.start):
        return True
    aside = _BODY_NOT_HELD.match(s.text, t.end, cl[1])
    # ("The Commission, established in 2010, held its fifth session on Monday": held)
    return aside is not None and not _BODY_SITS.search(s.text, aside.end(), cl[1]) \
        and not _SESSION_BEFORE.search(s.text, cl[0], t.start)


#: the session itself before the body's name: "co-chaired the 20th session of the"
_SESSION_BEFORE = re.compile(r"\b(?:co-?chair(?:ed|s|ing)?|chair(?:ed|s)|opened|held|convened|"
                             r"(?:[\w-]+(?:st|nd|rd|th)) session of)\b", re.I)


#: the body's own session told after the aside
_BODY_SITS = re.compile(r"\b(?:held|holds|met|meets|convened|opened|(?:was|were) held)\b", re.I)


#: a standing body's bare name, a commission only when one was reported before
_BARE_BODIES = frozenset({"Commission", "Council", "Forum", "Session"})
#: "the mechanism", "The previous session was held" (see triggers.toml; a body's
#: abbreviation: see _bodies.py)
_SHORT_BODY = re.compile(r"[Mm]echanism|(?:session|meeting|round) (?:(?:had been|was|has been) "
                         r"held|(?:had )?taken place|took place)")


def bare_body(text: str) -> bool:
    """A standing body named again by its bare noun or as "the mechanism"."""
    return text in _BARE_BODIES or bool(_SHORT_BODY.fullmatch(text))


def body_named_again(triggers: list[Trigger], ctx: Context) -> list[Trigger]:
    """The bare or short names of a standing body that read as its session: a
    commission's, when a body was named in full before; "the mechanism" after a
    mechanism of consultations (none named a commission) is a round of them, and so
    is "the last meeting was held" after consultations reported;
    without either they are nobody's session."""
    if not any(t.type == "commission" and bare_body(t.text) for t in triggers):
        return triggers
    consulted = not ctx.body_named and any(k[0] == "consultation" for k in ctx.reported)
    out: list[Trigger] = []
    for t in triggers:
        # (or in this very sentence, before it: "consultations took place in Lima on 10
        # May; the last round had been held in Montevideo in 2019")
        consulted = consulted or (not ctx.body_named and any(
            o.type == "consultation" and not bare_body(o.text) for o in out))
        if t.type == "commission" and bare_body(t.text) and not ctx.body_named:
            # ("The last meeting was held in Riga in 2019" after consultations: an
            # earlier round of them)
            if not (consulted and (t.text.lower() == "mechanism"
                                   or _SHORT_BODY.fullmatch(t.text))):
                continue
            t = replace(t, type="consultation")
        out.append(t)
    return out


#: a session named as what was discussed: "discussing the Strategic Dialogue between
#: the two countries", "talked about the next Joint Commission" (not "discussed at
#: the Joint Commission": held there)
_DISCUSSED = re.compile(r"\b(?:discuss(?:ed|ing|es)?|talked about|talking about|"
                        r"exchanged (?:[\w-]+ ){0,2}?views on|touched (?:up)?on|"
                        r"review(?:ed|ing)? (?:the )?"
                        r"(?:preparations|progress) (?:for|of))\s+(?:the\s+)?"
                        r"(?:(?!(?:at|in|during|within|on|after|before)\b)[\w-]+\s+){0,3}$",
                        re.I)


def discussed_only(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """Whether a consultation's or commission's trigger names only what the sides
    discussed ("discussing the Strategic Dialogue between the two countries")."""
    return t.type in ("consultation", "commission") and \
        _DISCUSSED.search(s.text, max(cl[0], t.start - 60), t.start) is not None


#: a person's name as the owner of the event noun ("Luis Vargas's visit"), not an
#: office ("the Minister's visit") or a pronoun
NAMED_OWNER = re.compile(r"(?<![\w-])(?!(?:Minister|President|Secretary|Chancellor|Premier|"
                         r"Ministry|Government|Prince|King|Queen|Emir|Speaker)\b)"
                         r"(?-i:[A-Z][a-zà-ÿ]+)['’]s\s+(?:[a-z][\w-]*\s+){0,2}$")
TO_PLACE_AFTER = re.compile(r"(?<=\bto)\s+(?:the\s+)?(?-i:[A-Z])|\s+to\s+(?:the\s+)?(?-i:[A-Z])")
#: a country named as where ("In Kenya, ...", "in Fiji")
IN_BEFORE = re.compile(r"\b[Ii]n\s+(?:the\s+)?$")
#: officials of organisations none of which is named, right after the trigger
UNNAMED_ORGS = re.compile(r"\s+(?:with\s+)?(?:the\s+)?(?:heads|leaders|representatives|officials|"
                          r"chiefs)\s+of\s+(?:several\s+|various\s+|other\s+|some\s+)?"
                          r"(?:international|regional|multilateral)\s+(?:organi[sz]ations|"
                          r"institutions|bodies|agencies)\b", re.I)
#: a format named by its countries inside the trigger ("the A – B – C Trilateral,
#: whose inaugural meeting"): those countries are its sides, not others of the sentence
NAMED_FORMAT = re.compile(r"[–-].*\b(?:trilateral|quadrilateral|triangle)\b", re.I)
#: the officials of two countries named before as such: "the heads of diplomacy of these
#: two countries", "the foreign ministers of both countries", "their counterparts from
#: the two countries"
PAIR_OFFICIALS = re.compile(r"\b(?:heads?\s+of\s+diplomacy|(?:foreign\s+)?ministers|"
                            r"counterparts|colleagues|leaders|presidents|prime\s+ministers|"
                            r"heads\s+of\s+(?:state|government)|top\s+diplomats|chief\s+"
                            r"diplomats)\s+(?:of|from)\s+(?:these|those|both|the\s+two)\s+"
                            r"(?:two\s+)?(?:countries|states|nations)\b", re.I)
