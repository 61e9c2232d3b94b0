"""Events a sentence names without reporting them as held: hoped for or invited to ("looks
forward in 2025 to the hosting of the A-B Joint Commission", "hopes to welcome the
third session of ..."), a standing body said not to have met ("the joint
commission did not meet this year", "has not been convened since"), and meetings
told only as having happened at some time before ("the two leaders have met on
several occasions before"), a signing named as what was discussed or called for ("called
for the conclusion of several agreements"), and one said in a claim or report the sentence
denies ("rejects claims that the Minister met", "denied reports that ... had visited"), and
a standing body named only for its worth ("stressed the importance of the A-B Joint
Commission", "the role of the Intergovernmental Commission")."""

from __future__ import annotations

import re

from ._frame_parts import _topic_cut
from ._frame_rules import _BODY_SITS as _SITS
from ._frame_rules import _SESSION_BEFORE
from ._gate import Gated
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["denied_before", "topic_events", "unrealised"]

#: a hope or wish whose object is the event ("looks forward in 2025 to the hosting of
#: the", "hopes to welcome the third session of the"): a few words, no comma, between;
#: or a hope "for" it, the event a few words on (or the trigger its "for a ...")
_HOPED = re.compile(
    r"\b(?:hopes?|hoping|hoped|looks?\s+forward|looking\s+forward|wish(?:es)?|"
    r"aims?|aspires?)\b[^.;,]{0,25}?\bto\s+(?:[\w–'’-]+\s+){0,7}$|"
    # "voiced their hope for a first in-person meeting", "the hope for an early visit"
    r"\b(?:hopes?|wish(?:es)?)\s+(?:for\s+(?:an?|the)\s+(?:[\w–'’-]+\s+){0,2})?$", re.I)
#: an invitation whose object is the event ("invited President A to pay a State Visit
#: to", "an invitation to his counterpart to make an official visit"): not yet made
_INVITED = Gated(re.compile(
    r"\binvit(?:ed|es|ing|ations?)\b[^.;]{0,60}?\bto\s+(?:(?:pay|make|undertake|"
                      r"come on|attend|hold)\s+(?:[\w-]+\s+){0,3})?$", re.I))
#: an invitation to chair or host a body's sitting, alone or after the visit invited to
#: ("invited her counterpart to co-chair the fifth session of the Joint Commission",
#: "an invitation to visit A and co-chair the next meeting of the Committee"): the
#: sitting is not yet held (its opener's words, up to six, stand between: "the 5th
#: session of the A-B"); the invitation may name its sender and guest at length
_INVITED_TO_CHAIR = Gated(re.compile(
    r"\binvit(?:ed|es|ing|ations?)\b[^.;]{0,200}?\bto\s+(?:visit\s+[^.;,]{1,40}?\s+and\s+)?"
    r"(?:co-?chair|chair|co-?host|host|convene|co-?preside\s+over|preside\s+over)\s+"
    r"(?:[\w–-]+\s+){0,6}$", re.I))
#: a body's session denied: "... of the two countries did not meet this year", "has not
#: been convened since 2019", "was not held in 2024"
_NOT_MET = re.compile(r"(?:(?!\b(?:met|meets|held|convened|sat)\b)[^.;]){0,60}?\b"
                      r"(?:(?:did|does|do|has|have|had)\s+not\s+(?:yet\s+)?"
                      r"(?:meet|met|convene|convened|sit|sat|been\s+(?:held|convened))|"
                      r"(?:was|were)\s+not\s+(?:held|convened))\b", re.I)
#: another body of the kind, told after the one denied: ", while that with C", "; the one
#: with D"
_OTHER_BODY = re.compile(r"(?:[;,]\s*|\s)(?:(?:while|whereas|but|and)\s+)?"
                         r"(?:that|those|the\s+ones?)\s+(?:with|of)\b", re.I)
#: a signing named by its noun as what the sides discussed, called for, urged, prepared
#: or work towards ("called for the conclusion of", "discussed the signing of"): none held
_SOUGHT = re.compile(r"\b(?:discuss(?:ed|es|ing)?|call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing)|"
                     r"push(?:ed|es|ing)?\s+for|work(?:ed|s|ing)?\s+(?:on|towards?)|"
                     r"prepar(?:e|ed|es|ing)(?:\s+for)?|expedit\w*|speed(?:ing)?\s+up|"
                     r"accelerat\w*|pav(?:e|ed|ing)\s+the\s+way\s+for|await(?:ed|s|ing)?)\s+"
                     r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", re.I)
#: a claim or report the sentence denies, the event told inside it: "rejects claims that
#: A met B", "denied reports that the Minister had visited", "dismissed as baseless
#: rumours that", "denies that the two met"
_DENIED = Gated(re.compile(
    r"\b(?:(?:reject|dismiss|refut|den(?:y|ies|ied|ying))\w*\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:claims?|reports?|allegations?|rumou?rs?|assertions?|speculations?|suggestions?)|"
    r"den(?:y|ies|ied|ying))\s+that\b[^.;]{0,120}$", re.I))
#: an event denied right before its trigger: "No consultations with A were held this
#: year", "there were no visits at the level of", "the Minister did not travel to B"
#: (not a count: "no fewer than ten visits", "no later than"; nor "did not only")
_NONE_HELD = re.compile(r"(?:\b(?:no|neither|nor|not\s+(?:a\s+single|one|any))\s+"
                        r"(?!(?:fewer|less|more|later|sooner|longer|doubt|small|matter|exception)\b)(?:[\w-]+\s+){0,5}|\b(?:did|does|do|could|would|was|were)"
                        r"(?:\s+not|n['’]t)\s+(?!only\b)(?:(?:even|yet)\s+)?)$", re.I)
#: a body or format valued, not sitting: "the importance of the A-B Joint Commission", "the
#: role of the Intergovernmental Commission in", "the potential of political consultations"
#: (also as one of a kind named in between: "the role of reciprocal visits, including
#: political consultations, in", "the importance of contacts, in particular consultations")
_VALUED = re.compile(r"\b(?:importance|role|significance|potential|relevance|effectiveness|"
                     r"mandate|value|usefulness)\s+of\s+(?:the\s+|its\s+|their\s+)?"
                     r"(?:(?:[\w–-]+\s+){0,4}|(?:[\w–-]+\s+){0,3}[\w–-]+,?\s+(?:including|"
                     r"such\s+as|in\s+particular|notably|especially|among\s+them)\s+"
                     r"(?:the\s+)?(?:[\w–-]+\s+){0,3})$", re.I)
#: exchanges valued or measured in the plural, as a kind of thing, not one held: "the
#: importance of regular visits and meetings between A and B", "the intensity of bilateral
#: meetings", "the frequency of high-level contacts"
_VALUED_MANY = re.compile(r"\b(?:importance|role|significance|potential|relevance|value|"
                          r"usefulness|intensity|intensification|frequency|regularity|"
                          r"dynamics?|pace|continuation|need|necessity)\s+"
                          r"(?:of|for)\s+(?:the\s+|such\s+|further\s+|more\s+)?"
                          r"(?:[\w–-]+\s+(?:and\s+)?){0,5}$", re.I)
_PLURAL_EXCHANGE = re.compile(r"(?:meetings|visits|contacts|calls|exchanges)(?:\s+between)?$",
                              re.I)
_SIGNING_NOUN = re.compile(r"(?:signing|signature|conclusion|exchange)\b", re.I)
#: "have met ... before", "has met many times": a past told without an occasion
_HAVE = re.compile(r"\b(?:have|has)\s+(?:(?:already|often|also|repeatedly)\s+)?$", re.I)
_BEFORE_NOW = re.compile(r"[^.;]{0,80}?\b(?:before|previously|in the past|many times|several "
                         r"times|on (?:several|many|numerous|a number of) occasions)\s*(?:[.;]|$)",
                         re.I)


#: "called on the President of Serbia to release the detainees": an appeal, not a
#: courtesy call (a title's dot passed over: "called on the Hon. A B, ..., to attend");
#: a call's purpose ("called on the Prime Minister to convey greetings", "to discuss",
#: "to pay respects", "to bid farewell") keeps the meeting
_APPEAL = re.compile(r"(?:(?!\b(?:who|whom|which|where|when|and|while|after|before|during|"
                     r"with)\b)(?:\b(?:Mr|Mrs|Ms|Dr|Hon|Rt|Prof)\.|H\.E\.|[^.;:!?])){0,100}?"
                     r"\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|this|that|these|those|him|"
                     r"them|discuss|convey|exchange|pay|present|"
                     r"deliver|hand|brief|review|introduce|bid|say|thank|express|extend|"
                     r"congratulate|seek|sign|meet|hold|talk|explore|follow|take\s+stock|share|"
                     r"update|inform|receive|accept|offer|renew|reaffirm)\b)(?-i:[a-z])[a-z]+\b",
                     re.I)
_CALLED_ON = re.compile(r"call(?:ed|s|ing)?\s+(?:up)?on\b", re.I)


def denied_before(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """Whether the event is denied right before its trigger (see ``_NONE_HELD``): the
    denial is its own, not the later events' of its kind ("did not hold talks with A;
    talks were held with B")."""
    return _NONE_HELD.search(s.text, max(cl[0], t.start - 40), t.start) is not None


def unrealised(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """Whether the trigger names an event hoped for, a session denied, or meetings
    at some time before, rather than one held."""
    if _HOPED.search(s.text, max(cl[0], t.start - 90), t.start) \
            or _INVITED.search(s.text, max(cl[0], t.start - 90), t.start):
        return True
    if t.type in ("commission", "consultation", "meeting") \
            and _INVITED_TO_CHAIR.search(s.text, max(cl[0], t.start - 320), t.start):
        return True  # "invited B to co-chair the fifth session of the Joint Commission"
    if _DENIED.search(s.text, max(s.start, t.start - 170), t.start):
        return True
    if denied_before(s, t, cl):
        return True  # "No consultations with A were held", "did not travel to B"
    if t.type == "meeting" and _CALLED_ON.match(t.text) \
            and _APPEAL.match(s.text, t.end, s.end):
        return True  # an appeal: "called on A to release the detainees"
    if t.type in ("commission", "consultation") \
            and _VALUED.search(s.text, max(cl[0], t.start - 80), t.start):
        return True
    if t.type in ("meeting", "visit", "call") and _PLURAL_EXCHANGE.search(t.text) \
            and _VALUED_MANY.search(s.text, max(cl[0], t.start - 80), t.start):
        return True
    if t.type == "agreement" and _SIGNING_NOUN.match(t.text) \
            and _SOUGHT.search(s.text, max(cl[0], t.start - 60), t.start):
        return True
    if t.type in ("commission", "consultation"):
        m = _NOT_MET.match(s.text, t.end, cl[1])
        # ("..., which did not meet in 2023, held its fifth session in June": it sat; not
        # another body's session: "..., while that with C held its session in June")
        other = _OTHER_BODY.search(s.text, m.end(), s.end) if m is not None else None
        if m is not None \
                and not _SITS.search(s.text, m.end(), other.start() if other else s.end) \
                and not _SESSION_BEFORE.search(s.text, cl[0], t.start):
            return True
    return t.type == "meeting" and t.text.lower() == "met" \
        and bool(_HAVE.search(s.text, max(cl[0], t.start - 30), t.start)) \
        and bool(_BEFORE_NOW.match(s.text, t.end, s.end))


#: an event named by its noun ("the talks with Iran", "negotiations with the EU")
_EVENT_NOUN = re.compile(r"(?:talks|negotiations|meetings?|discussions?|consultations|"
                         r"contacts)\b", re.I)


#: a document's extension told by its noun ("the renewal of the fishing protocol"): after
#: a topic opens ("reviewed cooperation, in particular ..."), what was talked over
_RENEWAL_NOUN = re.compile(r"(?:extension|prolongation|renewal) of\b", re.I)
#: a renewal hailed as done, no topic talked over: "welcomed a ten-year renewal of the
#: Chilean-Argentine treaty", "hailed the extension of" (audit14b)
_FACT_HAILED = re.compile(r"\b(?:welcomed|hailed|praised|celebrated|applauded|announced)\s+"
                          r"(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$", re.I)
#: the meeting as the occasion of what was said or done, not its topic: "said he raised
#: the matter in a meeting with", "noted that he conveyed it at his meeting with"
#: (or by "the" after what was talked over there: "Preparations for the visit were
#: discussed at the meeting of the Minister with the Ambassador of A")
_OCCASION_OF_ACT = re.compile(r"\b(?:in|at|during)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+)?$|"
                              r"\b(?:discussed|reviewed|considered|examined|raised|addressed)\s+"
                              r"(?:in|at|during)\s+the\s+(?:[\w'’-]+\s+)?$", re.I)


def topic_events(s: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers without events named only in what another event of the
    sentence was about ("spoke by phone with the Emir of Kuwait about the talks
    with Iran": one call, with Kuwait), nor a document's renewal named in a topic."""
    out: list[Trigger] = []
    for t in triggers:
        if t.type == "agreement" and _RENEWAL_NOUN.match(t.text) \
                and _topic_cut(s, s.start, t.start) < t.start \
                and not _FACT_HAILED.search(s.text, max(s.start, t.start - 50), t.start):
            continue  # "reviewed cooperation, in particular the renewal of the protocol"
        if out and t.type in ("meeting", "consultation") and _EVENT_NOUN.match(t.text) \
                and _topic_before(s, out[-1].end, t.start) \
                and not _OCCASION_OF_ACT.search(s.text, max(s.start, t.start - 40), t.start):
            continue
        out.append(t)
    return out


#: a where-clause whose subject held the event named next: what happened at the place
#: just named, no topic ("a visit to A, where he held detailed talks with his counterpart")
_WHERE_HELD = re.compile(r",\s+where\s+(?:[\w-]+\s+){1,4}?(?:also\s+)?(?:held|had|conducted)"
                         r"\s+(?:[\w-]+\s+){0,3}$", re.I)


def _topic_before(s: Sentence, a: int, b: int) -> bool:
    """Whether a topic opens between ``a`` and ``b`` (such a where-clause is none)."""
    cut = _topic_cut(s, a, b)
    return cut < b and _WHERE_HELD.fullmatch(s.text, cut, b) is None
