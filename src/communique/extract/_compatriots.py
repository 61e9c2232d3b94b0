"""Someone met who is told as one of the issuer's own people: "met with the Ghanaian
priest Father A", "met a Ghanaian scholar, Dr B" in a Ghanaian text. Not an official
of the country the trip is in, so the meeting takes no side from the context; an
office after the adjective ("the Ghanaian Ambassador", "Ghanaian counterpart") is
left to the other rules."""

from __future__ import annotations

import re

from ._gate import Gated
from ._gazetteer import load_gazetteer
from ._recognise import Ent, Sentence
from ._triggers import Trigger

__all__ = ["NATIONALS_IN", "compatriot_met", "sides_beyond_the_trip"]

#: where the issuer's own people live: "met Thai students studying in", "the community
#: living in" (the country after it is where they are, no side)
NATIONALS_IN = Gated(re.compile(
    r"\b(?:students|community|communities|nationals|citizens|diaspora|expatriates|"
    r"compatriots|workers|(?-i:[A-Z])[a-z]+(?:ians|ans|ese|is|ers))\s+(?:(?:studying|living|"
    r"residing|working|based|resident)\s+)?in\s+(?:the\s+)?$", re.I))

#: the object's opening words up to its nationality: "with the young ", "a ", ""
_LEAD = re.compile(r"\s+(?:with\s+)?(?:(?:the|a|an|some|several|two|three|four)\s+)?"
                   r"(?:(?-i:[a-z])[\w-]*\s+){0,4}?(?=(?-i:[A-Z]))")
#: a nationality of one or two capitalised words ("Ghanaian", "East Timorese")
_NATIONALITY = re.compile(r"((?-i:[A-Z])[\w'’-]+)(?:\s+(?-i:[A-Z])[\w'’-]+)?")
#: after the nationality, what makes the person an office-holder or a side
_OFFICE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:minister|president|ambassador|envoy|"
                     r"high\s+commissioner|consul|charg|counterpart|colleague|official|"
                     r"delegation|government|authorities|king|queen|prime|foreign|head|"
                     r"secretary|speaker|chair|governor|deputy|vice|senator|parliament|"
                     r"side|team|leader|and\b|,)", re.I)


#: the issuer's own people told by "our": "met our compatriots and entrepreneurs
#: residing in Austria", "met representatives of our diaspora", "our students"
_OUR_PEOPLE = re.compile(r"\s+(?:with\s+)?(?:(?:members|representatives|a\s+group|groups)\s+of\s+)?"
                         r"(?:the\s+)?our\s+(?:[\w-]+\s+){0,2}?(?:citizens|nationals|"
                         r"compatriots|diaspora|community|communities|expatriates|students|"
                         r"business\s+(?:people|community)|businessmen|fellow\s+citizens)\b",
                         re.I)


def compatriot_met(s: Sentence, t: Trigger, issuer: str | None) -> bool:
    """Whether the trigger's object opens with the issuer's own nationality and is no
    office-holder ("met with the Ghanaian priest A" in a Ghanaian text), or is "our"
    people ("met our compatriots residing in Austria")."""
    if issuer is None:
        return False
    if _OUR_PEOPLE.match(s.text, t.end, s.end):
        return True
    lead = _LEAD.match(s.text, t.end, s.end)
    if lead is None:
        return False
    # (a nationality before no office is no entity of the sentence: read it here;
    # "the Ghanaian Jesuit Father A", "the East Timorese priest B")
    words = _NATIONALITY.match(s.text, lead.end(), s.end)
    if words is None:
        return False
    gaz = load_gazetteer()
    for end in (words.end(1), words.end()):
        if gaz.lookup("adj", s.text[lead.end():end]) == issuer:
            return _OFFICE.match(s.text, end, s.end) is None
    return False


#: what names the trip's country or city, not a side met: "during his visit to",
#: "on her trip to", "in", and where the people live, told with "of" ("members of
#: the Georgian community of France", "the Georgian diaspora of Germany")
_TRIP_PLACE = re.compile(r"(?:\b(?:visit|trip|stay|tour|journey)s?\s+(?:to|in)|\bin|"
                         r"\b(?:community|communities|diaspora|diasporas|compatriots|"
                         r"expatriates|nationals|citizens)\s+(?:living\s+|residing\s+)?of)\s+"
                         r"(?:the\s+)?$", re.I)


def sides_beyond_the_trip(s: Sentence, ents: list[Ent], others: list[str]) -> list[str]:
    """The sides of a meeting with the issuer's own people ("met members of the
    Georgian diaspora in Berlin during his visit to Germany"): only countries the
    sentence names otherwise than as the trip's place; the host is no side."""
    named = {e.code for e in ents if e.code in others and not e.place
             and not _TRIP_PLACE.search(s.text, max(s.start, e.start - 30), e.start)}
    return [c for c in others if c in named]
