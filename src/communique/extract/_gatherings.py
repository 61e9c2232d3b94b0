"""Meetings of several others that the issuer hosted, chaired or brought about:
"hosted the meeting between Malawi and Zambia" is one meeting of the two, not a
bilateral meeting with each; "hosted the summit, which brought together the
Presidents of A, B and C" is the summit, not three meetings."""

from __future__ import annotations

import re

from ..model import Record
from ._context import dateline_place
from ._frame_parts import _group
from ._gate import Gated
from ._persons import find_titles
from ._recognise import ISSUER, PAIR, Ent, Sentence
from ._triggers import Trigger

__all__ = ["BESIDE", "GROUP_REF", "JOINT", "TOGETHER", "another_between", "between_us",
           "capitals_between", "gathering", "gathering_told", "group_named", "issuer_among_between",
           "joint_others", "one_occasion", "others_met", "others_subject", "own_between_start",
           "pair_of_others", "sides_after_between"]

#: one occasion of them all: "a joint audience", "a joint call" (moved from _frames.py)
JOINT = re.compile(r"\bjoint\s+(?:audience|meeting|call|(?:(?:tele)?phone|telephone|video)\s+"
                   r"(?:call|conversation))\b", re.I)
#: a gathering told as joint or of three or four: not one occasion with each
TOGETHER = re.compile(r"\b(?:joint(?:ly)?|together|trilateral|quadrilateral)\b", re.I)
#: "together with", "along with": the one beside the subject
BESIDE = re.compile(r"(?:together|along) with\b", re.I)

#: a meeting trigger that gathers its participants ("which brought together",
#: "bringing together", "gathered")
_GATHERED = re.compile(r"(?i)\b(?:brought|bringing|brings|bring) together$|\bgathered$")

#: one meal or reception given for or with guests ("hosted a working lunch for the
#: ministers of A, B and C", "gave a dinner in honour of"; not "dinners", one each)
_ONE_MEAL = re.compile(r"(?i)\ban?\s+(?:[\w-]+\s+){0,2}?(?:banquet|dinner|luncheon|lunch|"
                       r"reception|breakfast)\s+(?:for|in\s+honou?r\s+of|to\s+welcome|with)$")

#: a photo caption's official with the counterparts around him or her ("Foreign Minister
#: A and her counterparts from": the caption trigger in ``patterns/triggers.toml``): one
#: picture of them all, one meeting
_CAPTION = re.compile(r"(?i)(?:[\w.’-]+\s+){1,8}?(?:and|with|together\s+with|alongside)\s+"
                      r"(?:his|her|their)\s+(?:[\w-]+\s+)?(?:counterparts|colleagues)(?:\s+(?:from|of))?$")

#: "the two ministers", "both sides" (not "the countries of the region")
_TWO = re.compile(r"(?i)\b(?:two|both)\b")


def between_us(ents: list[Ent], after: int, issuer: str | None) -> bool:
    """Whether the first side named after "between" is the issuer ("the meeting
    between Georgia and Peru" in Georgia's text: a bilateral meeting each; "hosted
    the meeting between Malawi and Zambia": one meeting of the two others)."""
    first = next((e for e in sorted(ents, key=lambda e: e.start)
                  if e.start >= after and e.kind != "pair"), None)
    return first is None or first.code == issuer or first.kind == "issuer"


def sides_after_between(ents: list[Ent], after: int, others: list[str],
                        issuer: str | None) -> list[str]:
    """The others among the sides listed after "between" when the issuer is the first of
    them: "Minister A of France welcomed the talks between <issuer> and Peru" is the
    issuer's talks with Peru; the one who comments on them, named before, is no side."""
    listed = {e.code for e in ents if e.start >= after and e.kind in ("country", "adj")}
    kept = [o for o in others if o in listed and o != issuer]
    return kept or others


#: a round said to have been held "between" its sides: "the round of dialogue that took
#: place between", "consultations held between" (not "arrangements for talks between")
_HELD_BETWEEN = re.compile(r"(?:,?\s+(?:that|which)\s+(?:took\s+place|(?:was|were)\s+held)|"
                           r"\s+(?:held|conducted))\s+between\s+")


def capitals_between(s: Sentence, end: int, stop: int, issuer: str | None) -> list[str]:
    """The other side of a round held between the issuer's capital and another (in Iraq's
    text, "the dialogue, which was held between Baghdad and Washington": with the United
    States); the capitals stand for their governments."""
    hm = _HELD_BETWEEN.match(s.text, end)
    if hm is None or issuer is None:
        return []
    cities = [e for e in s.ents if e.kind == "city" and hm.end() <= e.start < stop]
    if len(cities) < 2 or cities[0].start != hm.end() \
            or not re.fullmatch(r"\s+and\s+", s.text[cities[0].end:cities[1].start]):
        return []
    codes = [cities[0].code, cities[1].code]
    return [c for c in codes if c != issuer] if issuer in codes and len(set(codes)) == 2 else []


#: another occasion with its own sides after "between": ", and a planned call between",
#: "as well as a meeting between" (its sides are not those of the event before it)
_ANOTHER_BETWEEN = re.compile(r",?\s+(?:and|as\s+well\s+as|while|but)\s+(?:also\s+)?"
                              r"(?:an?|the|another|one)\s+(?:[\w-]+\s+){0,2}?(?:call|meeting|"
                              r"talks|conversation|visit|summit|phone\s+call)s?\s+between\b",
                              re.I)


def another_between(s: Sentence, after: int, rb: int) -> int:
    """Where another occasion named with its own "between" begins after ``after``
    ("two conversations between A and B, and a planned call between C and D"), else
    ``rb``: the first occasion's sides end there."""
    m = _ANOTHER_BETWEEN.search(s.text, after, rb)
    return m.start() if m is not None else rb


def own_between_start(s: Sentence, t: Trigger, la: int) -> int:
    """Where the sides of the occasion at ``t`` may begin when it is the second one named
    with its own "between" (", as well as the meeting between C and D"): after the
    joining words, not among the first occasion's sides; else ``la``."""
    for m in _ANOTHER_BETWEEN.finditer(s.text, max(la, t.start - 60), min(s.end, t.end + 12)):
        if m.start() <= t.start < m.end():
            return max(la, m.end())
    return la


def issuer_among_between(s: Sentence, ents: list[Ent], after: int,
                         issuer: str | None) -> bool:
    """Whether the sides listed after "between" are three or four with the issuer among
    them ("talks between the foreign ministers of A, B and <issuer>"): one
    meeting of the issuer with the others (a trilateral or quadrilateral format), not
    the others' meeting nor one with each."""
    listed = _group(s, [e for e in ents if e.start >= after and e.kind != "pair"])
    if issuer is not None and 2 <= len(listed) <= 3 and _OURS_AND_THEIRS.fullmatch(
            s.text, after, listed[0].start):
        # "talks between Minister A and his Lithuanian and Ukrainian counterparts": ours
        # named with no country, then the others' officials
        return not any(e.code in (issuer, ISSUER) for e in listed)
    return issuer is not None and 3 <= len(listed) <= 4 \
        and any(e.code in (issuer, ISSUER) for e in listed)


def issuer_among_officials(s: Sentence, ents: list[Ent], t: Trigger,
                            issuer: str | None) -> bool:
    """Whether the officials met are listed right after the meeting trigger by three
    or four countries, the issuer's among them ("took part in a meeting with the
    foreign ministers of A, <issuer>, B and C"): its own minister one of them, so
    one meeting of them all, as with "between"."""
    m = _OFFICIALS_OF.match(s.text, t.end)
    return m is not None and issuer_among_between(s, ents, m.end(), issuer)


#: the officials met named by the countries they serve, after the trigger: "with the
#: foreign ministers of", "a meeting with the prime ministers from"
_OFFICIALS_OF = re.compile(
    r"(?i)[^.;,:]{0,40}?(?:\bwith\s+|\s)(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ministers|"
    r"leaders|presidents|premiers|heads\s+of\s+(?:state|government|diplomacy))\s+"
    r"(?:of|from)\s+(?:the\s+)?")


#: our official named first after "between", then "his/her" others: "between Minister A
#: and his "
_OURS_AND_THEIRS = re.compile(r"[^,;]{0,60}?\band\s+(?:his|her|their)\s+")


def gathering(t: Trigger) -> bool:
    """Whether the meeting trigger gathers several ("brought together A, B and C"):
    one meeting of them all."""
    return t.type == "meeting" and bool(_GATHERED.search(t.text))


#: one meeting, in the singular, with people of several sides ("hosted a meeting with
#: representatives from A and B", "held a joint meeting with delegates of A and B")
_ONE_MEETING = re.compile(r"(?i)(?:^|\s)(?:an?|one|single)\s+(?:[\w-]+\s+){0,2}?meeting"
                          r"(?:\s+with)?$")
_MIXED_GROUP = re.compile(r"(?i)\s+(?:with\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:representatives|"
                          r"delegates|delegations|officials|envoys)\s+(?:from|of)\s+")
#: (a second meeting told after it: "... of A and then with officials of B")
_THEN_WITH = re.compile(r"(?i)\b(?:then|later|afterwards|subsequently|separately)\s+with\b")


def one_occasion(t: Trigger, text: str = "") -> bool:
    """Whether the meeting trigger gathers several, is one meal given for its guests
    or one meeting with a mixed group: one occasion with all the guests listed, not a
    meeting with each (``text``: the document's, which the trigger's spans index)."""
    return gathering(t) or (t.type == "meeting" and bool(
        _ONE_MEAL.search(t.text) or _CAPTION.match(t.text) or _one_meeting(t, text))) or (
        t.type in ("meeting", "call") and _FOR_FORMAT.match(text, t.end) is not None) or (
        t.type == "meeting" and _CHAIN_OF_THREE.search(t.text) is not None)


#: a meeting named by three or four sides joined by hyphens ("the Japan-US-ROK summit",
#: "Poland-Lithuania-Ukraine talks were held"): one meeting of them all
_CHAIN_OF_THREE = re.compile(r"(?-i:[A-Z])[\w’]+[-–](?-i:[A-Z])[\w’]+[-–](?-i:[A-Z])[\w’]+")


#: the sides listed after the verb, then the format of three or four they met for: "met
#: with the Foreign Ministers of A and B for tripartite talks", "... in a trilateral
#: meeting", "... to hold quadrilateral consultations" (no stop between; officials
#: listed with their full titles and names take room)
_FOR_FORMAT = Gated(re.compile(
    r"[^.;]{0,300}?\b(?:for|in|at|during|to\s+hold)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:tri|quadri)lateral|tripartite|three-way|four-way)\s+(?:talks|meetings?|discussions|"
    r"consultations|summit|session|format|call|conversation)\b", re.I))


def _one_meeting(t: Trigger, text: str) -> bool:
    """"a meeting with representatives from A and B" (see ``_MIXED_GROUP``)."""
    return (_ONE_MEETING.search(text, max(0, t.start - 30), t.end) is not None
            and _MIXED_GROUP.match(text, t.end) is not None
            and _THEN_WITH.search(text, t.end, t.end + 150) is None)


def gathering_told(s: Sentence, t: Trigger, made: list[Record],
                   before: list[Record]) -> list[Record]:
    """The records of a gathering trigger: none when the sentence already reported
    the session it gathers for ("hosted the summit ..., which brought together the
    leaders of A, B and C") or names no side among those gathered ("brought together
    officials and scholars from the region": not the partner told before), else the
    one meeting of them all."""
    if not gathering(t):
        return made
    if not any(e.start >= t.end and (e.kind in ("country", "adj", "org") or (
            e.kind == "pair" and _TWO.search(s.text, e.start, e.end))) for e in s.ents):
        return []
    if any(r.type == "multilateral" for r in before) and any(len(r.to) > 1 for r in made):
        return []
    return made


#: the issuer's own part in a meeting of others: it hosted, chaired, brokered or
#: attended it ("hosted the meeting between", "took part in the talks between")
_OUR_PART = re.compile(
    r"(?i)\b(?:host\w*|chair\w*|co-chair\w*|presid\w*|mediat\w*|facilitat\w*|"
    r"organi[sz]\w*|convene\w*|convening|broker\w*|attend\w*|took part|taking part|"
    r"take part|participat\w*|joined|joining|witness\w*|in the presence of|"
    r"sponsor\w*|arrang\w*|initiat\w*|his|her|their|our|its)\b")
#: the same said after the meeting: "The talks between A and B, chaired by our Minister"
_OUR_PART_AFTER = re.compile(
    r"(?i)\b(?:(?:hosted|chaired|co-chaired|presided(?: over)?|mediated|facilitated|"
    r"organi[sz]ed|convened|brokered|sponsored|arranged|attended)\s+by|"
    r"with\s+the\s+participation\s+of|in\s+the\s+presence\s+of|under\s+the\s+auspices\s+of)\b")
def _our_part_after(s: Sentence, a: int, issuer: str | None) -> bool:
    """Whether the issuer's part is told after the meeting ("..., chaired by our
    Minister"): not where another side named right after is the one that took it
    ("..., hosted by the European Union", "mediated by Qatar")."""
    m = _OUR_PART_AFTER.search(s.text, a, s.end)
    if m is None:
        return False
    first = next((e for e in s.ents if m.end() <= e.start < m.end() + 60
                  and e.kind in ("country", "adj", "org", "issuer")), None)
    return first is None or first.kind == "issuer" or first.code == issuer \
        or first.code == ISSUER


#: the meeting named by its noun, then "between": "the recent meeting between"
_NOUN_BETWEEN = re.compile(r"(?i)(?:meetings?|talks|negotiations|discussions?|conversations?)"
                           # (a place, a day or "held" between: "talks in Geneva between")
                           r"\b[^.;]{0,80}?\s+between$")
#: a call named by its noun, its sides after "between" (the trigger is the noun alone):
#: "welcomed the phone call between the presidents of A and B"
_CALL_NOUN = re.compile(r"(?i)\b(?:calls?|conversations?|talks|discussions?|exchanges?|"
                        r"conferences?|links?|meetings?|videoconferences?)$")
_THEN_BETWEEN = re.compile(r"(?i)[^.;]{0,80}?\s+between\b")


def others_met(s: Sentence, t: Trigger, clause_start: int, sides: list[str],
               issuer: str | None) -> bool:
    """Whether the meeting (or call) "between" two or more sides none of which is the
    issuer was one of theirs alone ("was briefed on the recent meeting between the
    Secretary of State of A and the Deputy Chairman of B"): the issuer named no
    part of its own in it (it did not host, chair, broker or attend it, and it was
    not held in the issuer's country), so the record is the first side's with the
    others, without the issuer."""
    return bool(issuer) and len(sides) > 1 and issuer not in sides \
        and (_NOUN_BETWEEN.search(t.text) is not None
             or (t.type == "call" and _CALL_NOUN.search(t.text) is not None
                 and _THEN_BETWEEN.match(s.text, t.end) is not None)) \
        and _OUR_PART.search(s.text, clause_start, t.start) is None \
        and not _our_part_after(s, t.end, issuer) \
        and not any(e.code == issuer and (e.kind == "city" or e.place) for e in s.ents) \
        and _first_party_named(s, t)


#: the end of the first party after "between": its "and" or a comma
_PARTY_END = re.compile(r"\s+and\s|,")
_BETWEEN_WORD = re.compile(r"\bbetween\s", re.I)


def _first_party_named(s: Sentence, t: Trigger) -> bool:
    """Whether the first party after "between" names its side ("between the President
    of A and ..."), not the issuer's own official named by title or name alone
    ("between the Minister and his colleagues from A, B and C", "between Minister X and
    the foreign ministers of A and B": the issuer's)."""
    bm = _BETWEEN_WORD.search(s.text, t.start, min(s.end, t.end + 90))
    if bm is None:
        return True
    stop = _PARTY_END.search(s.text, bm.end(), s.end)
    b = stop.start() if stop else s.end
    return any(bm.end() <= e.start < b and e.kind in ("country", "adj", "org")
               for e in s.ents) or any(bm.end() <= e.start < b and e.person
                                       for e in s.ents)


#: what opens the clause of a meeting verb's subject: "the day after", "as", "when"
_OPENER = re.compile(r"(?i)\b(?:after|before|as|when|while|since|following|once|whereas|"
                     r"until|where|whom|which|that)\s")
#: the verbs whose subject is one side and whose object the other ("met", "held talks
#: with", "received"), not a joint subject's ("A and B discussed")
_SIDE_VERB = re.compile(r"(?i)(?:met|meets|meet|meeting|held|holds|hold|had|has|received|"
                        r"receives|hosted|hosts|spoke|speaks|talked|talks|phoned|called)\b")
#: an official's title
_TITLE = re.compile(r"\b(?:President|Vice[- ]President|Prime Minister|Premier|Chancellor|"
                    r"Minister|Secretary|King|Queen|Emir|Crown Prince|Sultan|Leader|leader|"
                    r"Chairman|Ambassador)\b|"
                    # (a title in lower case after the side's demonym: "the Moldovan
                    # minister", "the Latvian foreign minister", "the Iraqi side")
                    r"(?i:\b(?:minister|counterpart|colleague|side|delegation|envoy|"
                    r"ambassador|president|premier)\b)")
#: a subject of two ("A and B held talks with C"): one of them may be the issuer's
_JOINED = re.compile(r"(?i)\b(?:and|together with|along with|accompanied by)\b")
#: the issuer's own side or a side the text refers back to ("he", "the Minister"; not
#: "the President of Kenya")
_OURS = re.compile(r"(?i)\b(?:he|she|they|we|our|his|her|their|its)\b|"
                   r"\bthe (?:minister|president|prime minister|secretary)\b(?! of\b)")


def others_subject(s: Sentence, t: Trigger, clause_start: int, la: int, rb: int,
                   issuer: str | None) -> tuple[str, int, list[str]] | None:
    """The country of a foreign official who is the subject of a meeting verb (or of a
    call's: "spoke by phone with"), when the meeting is between others: "the day after
    US President A met Russian President B", "as Chinese President A met his Brazilian
    counterpart". The subject (from the
    clause's opener to the verb) names one foreign side by a demonym or "of X" with a
    title, or a known office-holder, and nothing of the issuer; the object names a
    third side and nothing of the issuer. Then the meeting is that official's with
    the other side, not the issuer's with either: that side, where the subject's clause
    opens (the trigger before it reads up to there), and the sides met (None: no such
    subject)."""
    if not issuer or not _SIDE_VERB.match(t.text):
        return None
    a = opener = None if la > clause_start else clause_start
    for m in _OPENER.finditer(s.text, la, t.start):
        a, opener = m.end(), m.start()
    if a is None or opener is None:
        return None  # after another verb of the clause: its object, no subject
    subject = s.text[a:t.start]
    if len(subject) > 120 or any(c in subject for c in ";:&") or _OURS.search(subject) \
            or _JOINED.search(subject):
        return None
    kinds = ("country", "adj", "issuer")
    sides = {e.code for e in s.ents if a <= e.start and e.end <= t.start
             and e.kind in kinds and not e.place}
    if len(sides) != 1:
        return None
    side = next(iter(sides))
    if side in (issuer, ISSUER, PAIR) or not (
            _TITLE.search(subject) or any(e.person for e in s.ents
                                          if a <= e.start and e.end <= t.start)):
        return None
    met = [e for e in s.ents if t.end <= e.start and e.end <= rb and e.kind in kinds
           and not e.place]
    objects = list(dict.fromkeys(e.code for e in met if e.code not in (side, PAIR)))
    if any(e.code == issuer or e.kind == "issuer" for e in met) or not objects:
        return None
    return side, opener, objects


#: an object straight after the verb: a name or title ("met President A", "met the
#: Prime Minister"), not a place or time ("met in Riga", "met on Monday")
_OBJECT_NEXT = re.compile(r"\s+(?:(?:the|his|her|their|a|an)\s+)?(?-i:[A-Z])|\s*(?:with|between)\b",
                          re.I)


#: a verb two sides do together ("met", "held talks", "discussed"), not one done to a
#: third ("presented their credentials to", "received")
_MUTUAL_END = re.compile(r"(?i)\b(?:met|meet|meets|talks|discussed|reviewed|talked|conferred|"
                         r"exchanged (?:[\w-]+ ){0,2}?(?:views|opinions))$")


#: two sides' adjectives joined by a dash ("Georgian-Latvian talks")
_PAIR = re.compile(r"\b[A-Z][\w’]+[-–][A-Z][\w’]+\b")
#: a subject that lists partners with someone else ("along with A and B")
_WITH_OTHERS = re.compile(r"(?i)\b(?:with|along|together|alongside|jointly)\b")


#: a call placed by one, its callee the object ("phoned", "called", "rang"), and a
#: trigger ending on its partner's preposition ("a call with", "spoke to")
_CALL_BY_ONE = re.compile(r"(?:(?:tele)?phoned|called|rang|rung|placed|made|received)\b", re.I)
_WITH_END = re.compile(r"\b(?:with|to|from|by|between)$", re.I)
#: the call itself the subject's act: a verb of talk ("spoke by phone"), or a call held
#: ("held a telephone conversation"); not a medium of another act ("joined the meeting
#: via videoconference": the issuer's meeting, joined)
_TALK_VERB = re.compile(r"\b(?:spoke|speak|talk|convers|confer|communicat)\w*\b", re.I)
_HELD_BEFORE = re.compile(r"\b(?:held|had|hold|have|has|holds)\s+(?:an?\s+|their\s+|the\s+)?"
                          r"(?:[\w-]+\s+){0,2}?$|^(?:held|had|hold|have|has|holds)\b", re.I)


def joint_others(s: Sentence, t: Trigger, clause_start: int, issuer: str | None) -> list[str]:
    """The sides of a meeting of others told as one subject with no object: "The
    foreign ministers of A and B met in Antalya", "C and D leaders discussed trade" in
    a text of a third country: their meeting (the first side, then the rest), not the
    issuer's with each; likewise a signing ("A and B signed an agreement on water").
    Empty where the issuer or its people are among them, or the verb has an object."""
    # (the plural present of a caption or headline too: "A and B sign a memorandum")
    signed = t.type == "agreement" and (t.text.lower().endswith("signed")
                                        or t.text.lower() == "sign")
    # (a call the joint subject had, no partner after it: "The presidents of A and B spoke
    # by phone", "A and B leaders held a telephone conversation"; not "phoned C")
    talked = t.type == "call" and not _OBJECT_NEXT.match(s.text, t.end) \
        and not _CALL_BY_ONE.match(t.text) and not _WITH_END.search(t.text) \
        and bool(_TALK_VERB.search(t.text) or _HELD_BEFORE.search(s.text, max(0, t.start - 30),
                                                                  t.start)
                 or _HELD_BEFORE.match(t.text))
    if not issuer or (not signed and not talked and (
            t.type != "meeting" or _OBJECT_NEXT.match(s.text, t.end)
            or not _MUTUAL_END.search(t.text))):
        return []  # (a signing has its document for object: "A and B signed a treaty")
    if any((e.kind == "issuer" or e.code in (issuer, ISSUER))
           # (not the city a wire is filed from: "NAIROBI, Oct 3 (Agency) - A and B signed")
           and not (e.kind == "city" and dateline_place(s.text, e.start, e.end))
           for e in s.ents):
        return []
    subject = s.text[clause_start:t.end]
    if _OURS.search(s.text, clause_start, t.start) \
            or not (re.search(r"\band\b", subject) or _PAIR.search(subject)):
        return []  # (a pair joined by a dash is a joint subject too: "A-B talks took place")
    if any(m.inferred and clause_start <= m.start < t.end
           for m in find_titles(s, issuer)):
        return []  # "Minister Sato and the Ambassadors of A and B discussed": ours with them
    sides = [e for e in s.ents if clause_start <= e.start and e.end <= t.end
             and e.kind in ("country", "adj") and not e.place]
    codes = list(dict.fromkeys(e.code for e in sorted(sides, key=lambda e: e.start)))
    if signed and (len(codes) != 2 or _WITH_OTHERS.search(subject)
                   or sides[0].start - clause_start > 40):
        return []  # ("During the year, along with A, B and C, ... were signed": ours)
    return codes if len(codes) >= 2 else []


def pair_of_others(s: Sentence, t: Trigger, clause_start: int, issuer: str | None) -> list[str]:
    """The two sides of talks named by a pair of adjectives, neither the issuer's, in a
    text of a third country ("Georgian-Latvian talks took place in Tbilisi"): their
    meeting (see :func:`joint_others`); else none."""
    if t.type != "meeting" or not _PAIR.search(t.text):
        return []
    return joint_others(s, t, clause_start, issuer)


#: the partners of the last trilateral (or larger) event by their number: "the three
#: Ministers"
GROUP_REF = Gated(re.compile(r"\b(?:the|all|these) (three|four|five|six|3|4|5|6) (?:foreign )?"
                             r"(?:countries|states|nations|sides|parties|governments|ministers|"
                             r"ministries|presidents|leaders|heads of state)\b", re.I))
_NUMBER = {"three": 3, "four": 4, "five": 5, "six": 6}
#: the format's own adjective in an event's clause: "our trilateral cooperation", "the
#: quadrilateral documents"
_FORMAT_REF = re.compile(r"\b(trilateral|tripartite|quadrilateral)\b", re.I)


def group_named(s: Sentence, a: int, b: int, last_group: list[str],
                issuer: str | None) -> list[str]:
    """The last trilateral (or larger) event's partners, when the sentence refers
    to them by their number ("the three Ministers") and that number fits: ours
    counted in it, or not when they are the ones met ("meetings with the three
    ministers", "met each of the three")."""
    m = GROUP_REF.search(s.text, a, b)
    if not m:
        # ("our trilateral cooperation with the agreements signed", "the trilateral
        # agreements signed at the summit": the three sides of the format told, its
        # states named in the sentence itself or else in the last such event)
        fm = _FORMAT_REF.search(s.text, a, b)
        if fm is None:
            return []
        n = 4 if fm.group(1).lower().startswith("quadri") else 3
        own = list(dict.fromkeys(e.code for e in s.ents if e.kind in ("country", "adj")
                                 and e.code != issuer))
        if len(own) + (1 if issuer else 0) == n and (issuer is None or any(
                e.code == issuer for e in s.ents)):
            return own
        return list(last_group) if len(last_group) + (1 if issuer else 0) == n else []
    if not last_group:
        return []
    word = m.group(1).lower()
    n = int(word) if word.isdigit() else _NUMBER[word]
    size = len(last_group) + (1 if issuer else 0)
    met = _MET_OBJECT.search(s.text, max(a, m.start() - 12), m.start()) is not None
    return list(last_group) if n == size or (met and n == len(last_group)) else []


#: the group named as the ones met, right before its number: "with the three",
#: "each of the three"
_MET_OBJECT = re.compile(r"\b(?:with|each\s+of)\s+$", re.I)
