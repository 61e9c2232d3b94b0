"""The occasion just told, named again.

A sentence after a readout's event often goes on about that same occasion:
"on that occasion", "during the visit", "The session concluded with the
signing of ...", "Four agreements were signed", "The two ministers also
discussed ...", or a standing body's earlier round ("the previous session of
the Joint Commission"). Such sentences tell no new event with new sides: the
frames (:mod:`communique.extract._frames`) and the dating
(:mod:`communique.extract._frame_parts`) give them the occasion before.
"""

from __future__ import annotations

import re

from ._gate import Gated
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["names_occasion", "sides_again", "both_sides_subject", "on_that_occasion",
           "refers_back", "meeting_again_named"]

#: a reference to the occasion just reported, anywhere in the sentence: "were
#: exchanged on that occasion", "signed in the course of the visit", "during his stay"
_OCCASION = re.compile(r"\b(?:on|at) (?:that|this|the same) occasion\b|"
                       r"\b(?:on|at) the occasion\b(?! of\b)|"  # ("On the occasion, ...")
                       r"\b(?:during|in the course of|on the occasion of|at the end of) "
                       r"(?:the|that|this|his|her|their) (?:[\w-]+ )?(?:visit|stay|trip|talks)\b",
                       re.I)
#: an occasion whose outcome was a signing: "The session concluded with the signing
#: of four memoranda", "... were held in Lima and resulted in the signing of", "The
#: visit culminated in the signing of" (an occasion, not the year or a period)
_ENDED_IN_SIGNING = Gated(re.compile(
    r"\b(?:the|this|that|these|its|their)\s+(?:[\w-]+\s+){0,3}?(?:session|sessions|meeting|"
    r"meetings|talks|visit|commission|committee|consultations|summit|forum|round|"
    r"proceedings|work|works|negotiations|deliberations|dialogue)\b[^.;]{0,160}?"
    r"\b(?:concluded|ended|closed|culminated|resulted|wound up|(?:was|were) crowned)\s+"
    r"(?:with|in|by)\s+(?:the\s+)?(?:signing|signature|conclusion|exchange)\s+of\b", re.I))
#: a standing body named again without its sides ("the previous session of the
#: Joint Commission", "the Commission's next meeting")
_BODY_AGAIN = re.compile(r"\b(?:the|its|this|that) (?:(?:previous|last|next|first|"
                         r"[\w-]+th|[\w-]+st|[\w-]+nd|[\w-]+rd) )?(?:session|meeting|round) of "
                         r"the $", re.I)
#: an earlier (or later) round of the sessions just reported, named without its
#: sides: "The previous round of consultations was held in ...", "the last
#: consultations took place in ...", "the preceding session of the talks"
_ROUND_AGAIN = re.compile(r"\b(?:the|its|their|this|that) (?:previous|preceding|prior|last|"
                          r"earlier|former) (?:(?:round|session|meeting)s? of )?"
                          r"(?:[\w-]+ ){0,2}$", re.I)
_ROUND_WORD = re.compile(r"\b(?:round|session|meeting|consultation|talk)s?\b", re.I)
#: ... told as held: "was held", "had taken place", "met" (not "discussed the
#: last round of consultations")
_ROUND_HELD = re.compile(r"\b(?:was|were|had been) held\b|\b(?:took|had taken) place\b|"
                         r"\b(?:was|were) (?:convened|organi[sz]ed)\b", re.I)

#: a session of a body named by its abbreviation ("previous JCBC was held"; see
#: _bodies.py): the trigger itself opens on the ordinal
_ABBREV_AGAIN = re.compile(r"(?:previous|last|first|second|third|fourth|fifth|sixth|seventh|"
                           r"eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s", re.I)

#: "The previous round of consultations was held in 2022": the format's earlier round
_ORDINAL_ROUND = re.compile(r"\b(?:the|its) (?:previous|last|first|second|third|fourth|fifth|"
                            r"[\w-]+th|[\w-]+st|[\w-]+nd|[\w-]+rd) $", re.I)


def names_occasion(s: Sentence) -> bool:
    """Whether the sentence names the occasion just reported ("on that occasion"),
    or goes on about it with the documents signed there as its subject and no
    time of its own ("... paid a state visit to Madagascar on 25 and 26 June. Four
    agreements were signed in the fields of fisheries and culture.")."""
    if _OCCASION.search(s.text, s.start, s.end) or _ENDED_IN_SIGNING.search(s.text, s.start,
                                                                            s.end):
        return True
    m = _SIGNED_THERE.match(s.text, s.start, s.end)
    if m is not None and any(d.end > (m.end("day") if m.group("day") else s.start)
                             for d in s.dates):
        m = None  # a time of its own other than the day it opens on
    # (opening its paragraph, only after the occasion named: "At the end of the work, ...")
    return m is not None and not _PERIOD.search(s.text, s.start, s.end) and (
        m.group("after") is not None
        or bool(s.text[s.text.rfind("\n", 0, s.start) + 1:s.start].strip()))


#: documents signed as the subject opening the sentence: "Four agreements were
#: signed", "Three memoranda of understanding were also exchanged"
_SIGNED_THERE = re.compile(
    # ("At the end of the work, eight cooperation instruments were signed")
    # ("On 9 May, after the official talks, 18 agreements were signed": a day of the occasion)
    r"\W*(?:(?P<day>(?i:on)\s+[^,;.]{1,25}?),\s*)?"
    r"(?P<after>(?:at the (?:end|close|conclusion) of|following|after|on the margins of)\s+"
    r"(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:work|works|proceedings|session|"
    r"meeting|talks|visit|deliberations|negotiations)\s*,\s*)?"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"a number of)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:agreements|memoranda|memorandums|"
    r"instruments|documents|protocols|MoUs|accords|treaties)\b(?:\s+of\s+(?:understanding|"
    r"cooperation))?\s+(?:were|have\s+been)\s+(?:also\s+)?(?:signed|exchanged|concluded)\b|"
    # ("The Treaty was signed by the Minister ...": the one document told just before)
    r"\W*the\s+(?:agreement|treaty|memorandum|protocol|accord|convention)\s+was\s+"
    r"(?:also\s+)?signed\b",
    re.I)
#: a period, not an occasion: "In total", "during the year", "so far"
_PERIOD = re.compile(r"\b(?:in total|total of|altogether|overall|so far|to date|during the "
                     r"(?:year|semester|period|quarter|month)|this year|in the year|"
                     r"under negotiation|with (?:\w+ )?partners)\b", re.I)


#: the two sides just told as the subject: "Besides, the ministers held discussions",
#: "The two leaders also held talks", "Moreover, both ministers ..."
_SIDES_AGAIN = re.compile(r"\W*(?:(?:besides|also|further(?:more)?|moreover|in addition|then|"
                          r"later|afterwards)\s*,?\s+)?(?:the\s+two|both(?:\s+the)?|the)\s+"
                          r"(?:foreign\s+)?(?:ministers|leaders|heads\s+of\s+(?:state|"
                          r"government)|presidents|prime\s+ministers|counterparts|sides|"
                          r"parties)\s+|"
                          # "The Minister and the Secretary discussed ...": the two by title
                          r"\W*(?:the|our)\s+(?:foreign\s+)?(?:minister|president|secretary|"
                          r"chancellor|premier)\s+and\s+(?:the|his|her)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:minister|president|secretary(?:\s+of\s+state)?|counterpart|"
                          r"chancellor|premier)\s+(?:also\s+|then\s+)?(?:discussed|exchanged|"
                          r"reviewed|talked|agreed|addressed|touched)\b", re.I)


def sides_again(s: Sentence) -> bool:
    """Whether the sentence's subject is the two sides of the meeting just told
    ("Besides, the ministers held discussions about ...", "The parties met on the
    sidelines of ...")."""
    return _SIDES_AGAIN.match(s.text, s.start, s.end) is not None \
        and not _EARLIER_MET.search(s.text, s.start, s.end)


#: an earlier meeting of the two: "The two ministers last met in Munich", "had met
#: a few days ago", "met before in 2019"
_EARLIER_MET = re.compile(r"\b(?:last|previously|first|had)\s+met\b|\bmet\s+(?:before|earlier|"
                          r"previously)\b|\bago\b", re.I)


#: a sentence whose subject is the two sides just told: "Both leaders witnessed ...",
#: "The two Foreign Ministers then signed ..."
_BOTH_SIDES = re.compile(
    # (after an opener naming the talks just told: "Prior to their formal talks, both
    # Foreign Ministers met in ...": a part of that occasion)
    r"\W*(?:(?:before|prior\s+to|ahead\s+of|after|following|during)\s+(?:the|their|these|"
    r"those|this|that)\s+(?:[a-z-]+\s+){0,2}?(?:talks|meeting|negotiations|consultations|"
    r"discussions)\s*,\s*(?:both|the\s+two|the)|both|the\s+two)\s+"
    # (after that opener a plain "the" will do: "Following their talks, the ministers
    # met again at the palace")
    r"(?:[A-Za-z-]+\s+){0,2}?(?:leaders|sides|parties|"
    r"ministers|presidents|premiers|chancellors|delegations|counterparts|"
    r"heads\s+of\s+(?:state|government|delegation))\b|"
    # (the two alone, a verb of meeting or talking next: "The pair met to exchange views",
    # "The two held talks on trade"; not "met again")
    r"\W*(?:the\s+two|the\s+pair|both)\s+(?:also\s+|then\s+)?(?:met|held|had|discussed|"
    r"exchanged|reviewed|talked|agreed)\b(?![^.;]*\bagain\b)", re.I)


def both_sides_subject(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` opens on the two sides just told
    ("Both leaders witnessed the signing ...", "The two heads of state held a
    tete-a-tete"): the occasion told before, even in a review, whose undated
    sentences do not otherwise take the date before."""
    return _BOTH_SIDES.match(text, start, end) is not None


_THAT_OCCASION = re.compile(r"\b(?:on|at) (?:that|this|the same) occasion\b", re.I)


def on_that_occasion(s: Sentence) -> bool:
    """Whether the sentence names one occasion just reported ("On this occasion, a
    memorandum was signed"), not a whole stay ("during the visit")."""
    return bool(_THAT_OCCASION.search(s.text, s.start, s.end))


def refers_back(s: Sentence, t: Trigger) -> bool:
    """Whether the event's side is the one reported before: the sentence names
    the occasion already told ("on that occasion", "during the visit"), or the
    trigger is a standing body named again ("the previous session of the Joint
    Commission")."""
    if names_occasion(s):
        return True
    if t.type not in ("commission", "consultation"):
        return False
    return bool(t.text == "Session"  # "The Session opened on Tuesday": the body's, again
                or _BODY_AGAIN.search(s.text, max(s.start, t.start - 40), t.start)
                or _ABBREV_AGAIN.match(t.text)
                or (t.text[:5].lower() == "round"
                    and _ORDINAL_ROUND.search(s.text, max(s.start, t.start - 30), t.start))
                or (_ROUND_WORD.search(t.text) is not None
                    and _ROUND_AGAIN.search(s.text, max(s.start, t.start - 40), t.start)
                    and _ROUND_HELD.search(s.text, s.start, s.end) is not None))


#: a meeting of the sides just told, named again as the subject of its own time: "A
#: second meeting followed in July", "Another meeting was held in Rome in May" (not "A
#: second meeting of the Council followed": a body's)
_MEETING_AGAIN = re.compile(
    r"\W*(?:a\s+(?:second|third|fourth|further|new|follow-up|subsequent)|another|one\s+more)\s+"
    r"(?:bilateral\s+)?meeting\s+(?:followed|took\s+place|was\s+held)\b", re.I)


def meeting_again_named(s: Sentence, t: Trigger) -> bool:
    """Whether the meeting ``t`` is one the sentence names again by a bare noun as its
    subject ("A second meeting followed in July"): with the sides told before."""
    m = _MEETING_AGAIN.match(s.text, s.start, s.end)
    return m is not None and m.start() <= t.start < m.end()
