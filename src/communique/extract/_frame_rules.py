"""Readings of a frame's surroundings that decide what a trigger reports
(see :mod:`communique.extract._frames`): a call received, a witness or a venue
that is no one met, a total that is a figure, a list of hosts each with its
time, sides that meet as one subject, the guest's onward journey, and the
organisation seated in a city visited for its session."""

from __future__ import annotations

import re

from ._frame_parts import Context, _ents
from ._recognise import ISSUER, Ent, Sentence
from ._triggers import Trigger

_AND_VERB = re.compile(r"\b(?:(?:and|then)(?:\s+(?:later|then|also|subsequently))?|"
                       r"(?:before|after)(?:\s+which)?(?:\s+(?:he|she|they))?)\s+$")


#: ", his first visits abroad", ", the latter being the first visit of ...": the
#: visits just told, named again
_APPOSED = re.compile(r",\s+(?:(?:the latter|the former|which was|this was|it was|each)\s+"
                      r"(?:being\s+)?)?(?:his|her|their|its|the|a|an)\s+(?:[\w-]+\s+){0,2}$")


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


_TIMES_BEFORE = re.compile(r"\b(?:twice|(?:three|four|five) times)\s+$", re.I)


def _more_stops(s: Sentence, group: list[Ent], ents: list[Ent]) -> list[Ent]:
    """The hosts of a list that repeats its preposition, each with its own time:
    "visits to Spain in January, to Chile in April and to Japan in June"."""
    if not group or not _TO_BEFORE.search(s.text, max(s.start, group[0].start - 12),
                                          group[0].start):
        return group
    out = list(group)
    for e in sorted(ents, key=lambda x: x.start):
        if e.start < out[-1].end or e.kind not in ("country", "city"):
            continue
        if not _NEXT_STOP.fullmatch(s.text, out[-1].end, e.start):
            break
        out.append(e)
    return out


_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")


#: what lies between two stops of such a list: " in January, to ", " in April and to "
_NEXT_STOP = re.compile(r"(?:\s+(?:in|on|from|between|at the end of|early in|late in)\s+"
                        r"[^,;.()]{1,30}?)?(?:,\s+where\b[^;()]{1,160}?,)?"
                        # "to Lima for the APEC Leaders' Meeting and to Rio": a purpose
                        r"(?:\s+for\s+(?:the|a|an|talks|consultations)\b[^,;.()]{0,60}?)?"
                        r"\s*,?\s*(?:(?:and|as well as)\s+)?(?:then\s+|later\s+|"
                        r"also\s+|finally\s+)?to\s+(?:the\s+)?")


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
_RECEIVED_CALL = re.compile(r"\b(?:received|receives|receiving|took|takes)\s+(?:[^.;,]{0,30}?\s)?"
                            r"(?:an?|the)\s+(?:[\w-]+\s+)?$", re.I)


_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\b")


#: a title in a phrase that names no one met: "received, in the presence of the
#: Ambassador of X, ..." (a witness), "at the Ministry's General Diwan" (a place)
_NOT_MET = re.compile(r"\b(?:in the presence of|accompanied by|attended by)\s+[^,;()]*$|"
                      r"\b(?:at|in) the (?:[\w-]+['’]s )?$", re.I)


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
    return bool((ctx.issuer and (ctx.issuer in before or ISSUER in before))
                or _WITH_COLLEAGUES.search(subject))


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
_HOSTED_MANY = re.compile(r"hosted\s+(?:in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?(?:his|her|their|"
                          r"the)\s+(?:[\w-]+,?\s+(?:and\s+)?){0,5}?(?:counterparts|colleagues|"
                          r"(?:foreign\s+)?ministers|leaders|heads\s+of)\b", re.I)


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
                              r"(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:also|then|later|first)\s+)?$")


def pronoun_subject(s: Sentence, a: int, at: int) -> bool:
    """ "On 16 July he held talks with the Minister": the one of the sentence
    before, whose side the text's focus holds (even in a review, where no partner
    is carried otherwise)."""
    return bool(_PRONOUN_SUBJECT.search(s.text[max(s.start, a, at - 60):at]))


_OWNER = re.compile(r"([\w-]+)['’]s?\s+$")


def national_owner(s: Sentence, at: int) -> bool:
    """Whether the office at ``at`` is a body's that is no organisation known
    ("the FCDO's Director General"; "NATO's Secretary General" is the alliance's)."""
    m = _OWNER.search(s.text, max(s.start, at - 30), at)
    return m is not None and not any(e.kind == "org" and e.end == m.end(1) for e in s.ents)
