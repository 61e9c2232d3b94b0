"""Goods received in the passive: "Vaccines donated by Korea were received by
Georgia", "A shipment of wheat sent by Kazakhstan was received by the Ministry on
Monday". The subject of "was/were received by" is a thing, not a guest: no meeting
(the active "received vaccines from Korea" is left out by its trigger pattern). A
person named first in the subject stays the guest ("The Ambassador of Korea, who
brought the vaccines, was received by the Minister"). So is a letter, a message or an
invitation told as the subject ("An invitation from the Prime Minister of India was
received by the Minister")."""

from __future__ import annotations

import re

__all__ = ["goods_received", "paper_received"]

#: the passive trigger: "were received by", "has been received on Monday by"
_PASSIVE = re.compile(r"(?:was|were|had\s+been|has\s+been|have\s+been)\b", re.I)
#: what is received as goods (the head of the subject: not "the aid coordinator")
_GOODS = re.compile(
    r"\b(?:vaccines?|doses|fertili[sz]ers?|wheat|rice|grain|flour|food(?:stuffs?)?|tonn?es|"
    r"tons|equipment|supplies|donations?|shipments?|consignments?|deliver(?:y|ies)|"
    r"batch(?:es)?|cargo(?:es)?|goods|materials|medicines?|medications?|drugs|kits|"
    r"vehicles|ambulances|generators|tents|blankets|aid|assistance|parcels?|packages?|"
    r"containers?|gifts?|machinery|fuel|seeds|ventilators|masks|textbooks|computers|"
    r"laptops|"
    # (correspondence: "An invitation from the Prime Minister of A was received by the
    # Minister", "a message of the King of B was received by"; not letters of credence,
    # whose ceremony is a meeting with the envoy)
    r"invitations?|messages?|letters?(?!\s+of\s+(?:credence|recall))|requests?|"
    r"proposals?|applications?|petitions?|notes?|replies|reply|responses?|reports?)\b"
    r"(?!\s+(?:coordinators?|agency|agencies|officials?|teams?|delegations?|workers?|"
    r"experts?|commissioners?|directors?|chiefs?|heads?|representatives?|envoys?|"
    r"ministers?|ministry|programmes?|programs?)\b)", re.I)
#: a person in the subject: a pronoun, an office, an honorific
_PERSON = re.compile(
    r"\b(?:he|she|they|we|I|minister|president|premier|secretary|chancellor|king|queen|"
    r"emir|prince|princess|sultan|delegations?|envoys?|ambassadors?|counterparts?|"
    r"leaders?|officials?|commissioner|representatives?|chairman|chairperson|director|"
    r"head|mayor|governor|speaker|guests?|visitors?|diplomats?|Mr|Mrs|Ms|Dr|H\.\s?E)\b",
    re.I)
#: where the clause of the passive starts: a semicolon, or a comma before a
#: conjunction ("..., and the vaccines were received by")
_CLAUSE_START = re.compile(r";|,\s+(?:and|but|while|whereas)\s+", re.I)


def goods_received(text: str, start: int, t_start: int, t_text: str) -> bool:
    """Whether the passive "received by" trigger at ``t_start`` (its text ``t_text``)
    in the sentence starting at ``start`` has goods, not a person, as its subject."""
    if not _PASSIVE.match(t_text) or "received" not in t_text.lower():
        return False
    a = max((m.end() for m in _CLAUSE_START.finditer(text, start, t_start)), default=start)
    goods = _GOODS.search(text, a, t_start)
    if goods is None:
        return False
    person = _PERSON.search(text, a, t_start)
    return person is None or goods.start() < person.start()


#: "received" with no object after it, a time at most: "the press release AKP received
#: last week, ...", "the statement the agency received on Monday."
_NO_OBJECT = re.compile(r"\s*(?:(?:(?:late\s+|early\s+)?(?:on|this|last)\s+[\w-]+|yesterday|today|"
                        r"earlier|recently|overnight)(?:\s+(?:morning|afternoon|evening|night))?"
                        r"\s*)?(?:[,.;]|$)", re.I)
#: a document or a piece of news: what a relative clause's "received" then refers to
_PAPER = re.compile(r"\b(?:press\s+releases?|releases?|statements?|communiqu[ée]s?|"
                    r"dispatch(?:es)?|news|information|documents?|bulletins?|"
                    r"announcements?|reports?|notes?|letters?(?!\s+of\s+(?:credence|recall))|"
                    r"messages?|e-?mails?)\b", re.I)


def paper_received(text: str, start: int, t_start: int, t_end: int) -> bool:
    """Whether the bare trigger "received" at ``t_start`` has no object after it and
    a document named before it in its sentence (from ``start``): "According to a
    statement from the Embassy the agency received last week, ...": the release was
    received, not a guest (a person named before stays one: "the Ambassador of
    Chile, whom the Minister received on Monday, ...")."""
    if text[t_start:t_end].lower() != "received" or not _NO_OBJECT.match(text, t_end):
        return False
    a = max(start, t_start - 120)
    paper = [m for m in _PAPER.finditer(text, a, t_start)]
    if not paper:
        return False
    person = _PERSON.search(text, a, paper[-1].start())
    return person is None
