"""Whether a trigger tells an event that happened: announced, hoped-for,
cancelled or habitual events, and sessions named only as a topic, a mechanism or
a document's subject, are left out (split from ``_frames.py``)."""

from __future__ import annotations

import re

from ._agenda_ahead import agenda_ahead
from ._agreed_and import agreed_and
from ._asides import announced
from ._asked_about import asked_about
from ._body_at_work import body_at_work
from ._frame_rules import body_not_held, discussed_only
from ._framed_round import round_framed
from ._future_adjunct import future_adjunct
from ._gate import Gated
from ._goal_subject import goal_subject
from ._habit_praised import habit_named
from ._hedges import (
    _BE_AHEAD_AFTER,
    _BODY_TO_MEET,
    _CANCELLED,
    _CANCELLED_AFTER,
    _EVENT_END,
    _HABIT_AFTER,
    _PLANNED,
    _PLANNED_AFTER,
    _SCHEDULED_AFTER,
)
from ._many_occasions import many_occasions
from ._means_listed import means_listed
from ._readings import _SESSION_OF
from ._recalled_clause import recalled_in_clause
from ._recognise import Sentence
from ._signed_for import signed_for
from ._sitting_told import no_sitting
from ._topic_fields import field_named
from ._triggers import Trigger
from ._under_way import under_way_today
from ._unrealised import unrealised

__all__ = ["MEDIUM_BEFORE", "planned", "topic_only"]

#: a trigger that opens on a verb in the past ("held talks", "met", "signed")
_DONE_VERB = re.compile(r"(?:held|met|signed|paid|had|visited|received|hosted|spoke|"
                        r"talked|called|travell?ed|arrived|concluded|inked|welcomed)\b", re.I)
#: right after "and" (or "and then"): a second predicate of the same subject
_AND_BEFORE = re.compile(r"\b(?:and|but)(?:\s+(?:then|later|also|afterwards|subsequently))?"
                         r"\s+$", re.I)

#: talks told in the passive, done ("was discussed by phone between", "were reviewed
#: on Monday by"): the subject before them is their topic ("The agenda of the
#: forthcoming summit was discussed ..."), which plans nothing of the talks
_DONE_PASSIVE = re.compile(r"(?:were|was|have\s+been|had\s+been)\s+(?:discussed|reviewed|"
                           r"considered|examined)\b", re.I)

#: a commitment told in the past, then the occasion it was made at: "agreed to boost
#: trade during talks between", "pledged to deepen ties at talks in Phnom Penh"
_AGREED_AT = re.compile(r"\b(?:agreed|pledged|decided|vowed|resolved|undertook|promised)\s+to\s+"
                        r"[^.;]{1,100}?\b(?:during|at|in\s+the\s+course\s+of|on\s+the\s+"
                        r"(?:sidelines|margins)\s+of)\s+(?:the\s+|their\s+|its\s+|a\s+)?"
                        r"(?:[\w-]+\s+){0,2}$", re.I)

#: an occasion looked forward to, however many words praise it first: "we look forward
#: to a very fruitful, useful, productive and successful visit of" (no verb of another
#: act between: "look forward to building on the visit of" is a visit held)
_LOOKED_FORWARD = re.compile(r"\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:an?\s+|the\s+|his\s+|"
                            r"her\s+|their\s+|its\s+)?(?:(?!(?:on|of|from|after|since|during|"
                            r"at|in|to|with|by|that|which|for|and|but|or|the|an?|was|were|is|"
                            r"are)\b)(?![\w-]+ing\s+(?:on|upon|the|an?|our|their|its|his|her|"
                            r"to|with|from)\b)[\w-]+(?:,|\s+and)?\s+){0,8}"
                            r"(?:(?:round|series|set|couple)\s+of\s+)?$", re.I)


#: an item on an agenda (one's own, a visit's or a day's) told in the past, the trigger
#: next: "Chief among the items on the agenda were", "On the agenda of the trip were also"
_AGENDA_HELD = re.compile(r"\bon\s+(?:the|its|their|his|her)\s+agenda(?:\s+of\s+(?:the|his|her|"
                          r"their)\s+(?:visit|trip|day|stay|tour))?\s+(?:was|were)\s+(?:also\s+)?"
                          r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", re.I)
#: an earlier occasion that talks to come build on: "will build on the", "follows up on
#: the", "will take forward the"
_BUILT_ON = re.compile(r"\b(?:follow(?:s|ed)?\s+up\s+on|build(?:s)?\s+(?:up)?on|"
                       r"take\s+forward)\s+the\s+$", re.I)
#: the occasion's sides, then its day with a year: "... of A, B and C on 15 September 2022"
_PAST_DAY = re.compile(r"[^.;]{1,120}?\bon\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d\b")
#: the one met named after the trigger: "... consultations with A"
_WITH_NEXT = re.compile(r"\s+with\s+(?:the\s+|his\s+|her\s+)?(?-i:[A-Z])", re.I)


#: "Will" as a given name ("Foreign Minister Will Hartley met ..."): the modal is
#: followed by a verb in lower case, the name by a capitalised surname
_NAMED_WILL = re.compile(r"\bWill(?=\s+[A-Z][\w’'-])")


def _without_named_will(s: Sentence) -> Sentence:
    """The sentence with a given name "Will" masked (same length: "W_ll"), so that
    no test of a future reads it as the modal."""
    if "Will" not in s.text[s.start:s.end]:
        return s
    body = _NAMED_WILL.sub("W_ll", s.text[s.start:s.end])
    if body == s.text[s.start:s.end]:
        return s
    return Sentence(s.start, s.end, s.text[:s.start] + body + s.text[s.end:], ents=s.ents,
                    dates=s.dates, para=s.para)


def planned(s: Sentence, t: Trigger, cl: tuple[int, int], reg_end: int) -> bool:
    """Announced, hoped-for or cancelled events ("will visit", "agreed to hold",
    "the visit ... was postponed") are left out,
    and so are sessions named only through a document of theirs ("signed the
    protocol of the 7th meeting of the Intergovernmental Commission")."""
    s = _without_named_will(s)
    if under_way_today(s, t, cl):
        return False  # "will be visiting Peru today and tomorrow": the trip has begun
    before = _past_stay_part(s.text[max(cl[0], t.start - 60):t.start], t)
    if _DONE_VERB.match(t.text) and _AND_BEFORE.search(before):
        # "agreed to deepen trade and held talks with": a predicate of its own, done
        before = ""
    if _DONE_PASSIVE.match(t.text):
        before = ""  # "The agenda of the forthcoming summit was discussed by phone between"
    if _AGREED_AT.search(s.text, max(cl[0], t.start - 160), t.start):
        # "A and B agreed to boost trade during talks between their ministers": the
        # talks are where the two agreed, held; the plan is what they agreed
        before = ""
    if t.type == "meeting" and _BUILT_ON.search(before) and _PAST_DAY.match(s.text, t.end):
        # "Friday's session builds on the meeting of the ministers of foreign affairs of A, B and
        # C on 12 March 2021": what the talks to come build on, held on its day
        before = ""
    if t.type in ("meeting", "consultation") and _AGENDA_HELD.search(before) \
            and (_WITH_NEXT.match(s.text, t.end) or t.text.lower().endswith(" with")):
        # "Chief among the items on the agenda were consultations with A": an item of
        # the visit's programme, held (not "of the talks", whose items are topics)
        before = ""
    return bool(_future_medium(s, t, cl) or _future_occasion(s, t, cl)
                or _framed_future(s, t) or _PLANNED.found(before)
                or _LOOKED_FORWARD.search(s.text, max(s.start, t.start - 140), t.start)
                or announced(before)
                or _PLANNED_AFTER.match(s.text, t.end, cl[1]) or unrealised(s, t, cl)
                or (t.type == "commission" and _BODY_TO_MEET.match(s.text, t.end, cl[1]))
                or _BE_AHEAD_AFTER.match(s.text, t.end, cl[1])
                or goal_subject(s, t, cl) or recalled_in_clause(s, t)
                or agenda_ahead(s, t, cl) or asked_about(s, t) or future_adjunct(s, t, cl)
                or many_occasions(s, t)
                or _ahead_of_present(s, t, cl) or agreed_and(s, t, cl)
                or _HABIT_AFTER.match(s.text, t.start, cl[1])
                or (_EVENT_END.search(t.text) and _SCHEDULED_AFTER.match(s.text, t.end, s.end))
                or _CANCELLED.search(before) or _CANCELLED_AFTER.match(s.text, t.end, reg_end)
                or (t.type in ("commission", "consultation") and _DOCUMENT_OF.search(before))
                or (t.type == "commission" and _MEMBERS_POST.search(before) is not None
                    and not _ITS_SESSION.match(s.text, t.end, cl[1]))
                or (t.type == "consultation" and _CONSULT_TOPIC.search(before)
                    and not _SESSION_OF.search(before) and not _MECHANISM_HELD.search(before)
                    and not round_framed(s, t))
                or (t.type == "consultation" and _DOC_BETWEEN.search(s.text, max(
                    cl[0], t.start - 260), t.start))
                or (t.type == "consultation"
                    and signed_for(s.text[max(cl[0], t.start - 300):t.start]))
                or (t.type in ("consultation", "commission") and _COUNTED.search(before)
                    and not _EXAMPLES_AFTER.match(s.text, t.end, cl[1])
                    and not _counted_with_partners(s, t, cl))
                or field_named(s, t, cl) or body_at_work(s, t, cl) or no_sitting(s, t, cl)
                or (t.type in ("consultation", "commission")
                    and means_listed(s.text, cl[0], t.start, t.end, cl[1]))
                or (t.type == "consultation" and _MECHANISM_AFTER.match(s.text, t.end)
                    and _MADE_BEFORE.search(before))
                or body_not_held(s, t, cl) or discussed_only(s, t, cl) or habit_named(s, t, cl)
                or (t.type == "agreement" and (_EARLIER_DEAL.search(before)
                                              or _earlier_relative(s, t, cl, before)
                                              or _EARLIER_AFTER.match(s.text, t.end, cl[1])
                                              or _CUMULATIVE.match(s.text, t.end, cl[1])
                                              or _running_total(s, t, cl))))


#: a body named in a person's post, set off by a comma ("A B, co-chairman of the Joint
#: Commission", "C D, the Danish head of the Danish section of the Joint Commission"):
#: who they are, not a session of it
_MEMBERS_POST = re.compile(
    r",\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]+\s+)?(?:(?:deputy|vice|co)[- ]?)?"
    r"(?:chair(?:man|woman|person)?|head|member|secretary|president)\s+of\s+the\s+(?:(?:[\w–-]+\s+){1,2}(?:section|part|side|"
    r"delegation)\s+(?:of|to|in|at)\s+the\s+)?(?:[\w–-]+\s+){0,4}$", re.I)

#: (the body's own session told after the post: "A, co-chair of the Joint Commission,
#: opened its sixth session")
_ITS_SESSION = re.compile(r"[^.;]*?\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:session|meeting)s?\b",
                          re.I)


#: the preposition of a medium right before a call's trigger ("via videoconference")
MEDIUM_BEFORE = re.compile(r"\b(?:via|by|over|through)\s+(?:an?\s+|the\s+)?$", re.I)
#: a future that opens a clause ("will", "is due to", "are expected to")
_FUTURE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due\s+|expected\s+|scheduled\s+|set\s+|"
                     r"slated\s+|going\s+)?to)\b", re.I)
#: a verb that tells what was done, after the future ("who will travel to Paris next
#: week, held talks ... via videoconference": the talks were held)
_DONE = re.compile(r"\b(?<!be )(?<!been )(?:held|met|spoke|joined|had|talked|participated|"
                   r"attended|discussed|took part)\b", re.I)


def _future_medium(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """A call whose medium is told last ("will join the Foreign Ministers of A, B and
    C via videoconference", "The meeting will also be attended by ... by video
    link"): hedged by the future that opens its clause, however far before."""
    if t.type != "call" or not MEDIUM_BEFORE.search(s.text, max(cl[0], t.start - 12), t.start):
        return False
    a = max(cl[0], t.start - 200)
    futures = list(_FUTURE.finditer(s.text, a, t.start))
    return bool(futures) and not _DONE.search(s.text, futures[-1].end(), t.start)

#: a time ahead told after the trigger, in its clause: "next week", "later this
#: month", "in the coming days"
_AHEAD_AFTER = Gated(re.compile(
    r"(?:(?!,\s+(?:whose|which|who|and)\b)[^.;]){0,60}?\b(?:next\s+(?:week|month|year|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|later\s+this\s+(?:week|month|"
    r"year)|in\s+the\s+(?:coming|next\s+few)\s+(?:days|weeks|months))\b", re.I))
#: a time ahead that opens the clause: "Next month", "Later this week,", "In the coming days"
#: (not "The next month", told from a month before, nor a quotation's: "“Next year we
#: will open an office”, she said after a meeting with ...")
_AHEAD_OPENS = re.compile(r"[\s,;:(–-]*(?:next\s+(?:week|month|year|Monday|Tuesday|Wednesday|"
                          r"Thursday|Friday|Saturday|Sunday)|later\s+this\s+(?:week|month|year)|"
                          r"in\s+the\s+(?:coming|next\s+few)\s+(?:days|weeks|months))\b", re.I)
#: someone's taking part or trip told as a noun after a possessive ("the President's
#: attendance at", "her visit to"), and a time ahead in its phrase, before any verb
_NOUN_OF_SOMEONE = re.compile(r"(?:attendance|participation|visit|trip|journey|tour)\b", re.I)
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:his|her|their)|[\w.]['’]s)\s+$", re.I)
_AHEAD_IN_PHRASE = Gated(re.compile(
    r"(?:(?!\b(?:\w+ed|was|were|is|are|has|have|had|will|would|made|gave|took|came|"
    r"began|led|met)\b)[^.;,]){0,60}?\b(?:next\s+(?:week|month|year)|later\s+this\s+"
    r"(?:week|month|year)|in\s+the\s+(?:coming|next\s+few)\s+(?:days|weeks|months))\b", re.I))
#: a trigger in the past tense ("held talks", "met", "paid a visit"): what it tells
#: was done, whatever time ahead follows
_PAST_TRIGGER = re.compile(r"(?:\w+ed|met|held|had|paid|made|took|went|came|spoke|flew|left|"
                           r"was|were|gave|sat|led|began|undertook)\b", re.I)
#: the purpose of a journey right before the trigger: "for talks", "for a meeting"
_FOR_BEFORE = re.compile(r"\bfor\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.I)
#: a journey told in the present: "travels to", "is travelling to", "heads to"
_PRESENT_TRIP = re.compile(r"\b(?:(?:is|are)\s+(?:travell?ing|heading|going|flying|leaving)|"
                           r"travels|heads|goes|flies|leaves)\b", re.I)
#: a present before the trigger: "is holding", "are meeting", "is to"
_PRESENT_BEFORE = re.compile(r"\b(?:is|are|am)\s+(?:[\w-]+\s+)?$", re.I)


#: a trigger that is the occasion of the clause's verb, not a verb: "on the sidelines
#: of", "on the margins of", "in the framework of"
_OCCASION = re.compile(r"(?:on|in|at)\s+the\s+(?:sidelines|margins|framework|fringes?)\b",
                       re.I)


def _future_occasion(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """An occasion whose clause tells a plan ("The two ministers are expected to meet
    again in May on the sidelines of the NATO ministerial", "will hold talks on the
    margins of the summit"): hedged by the future that opens its clause, however many
    words stand between, unless a verb of something done comes after the future."""
    if not _OCCASION.match(t.text):
        return False
    futures = list(_FUTURE.finditer(s.text, max(cl[0], t.start - 160), t.start))
    return bool(futures) and not _DONE.search(s.text, futures[-1].end(), t.start) \
        and not _SAID.search(s.text, futures[-1].end(), t.start)


#: a verb of saying after the future: what is said to come is reported at an occasion
#: held ("A will remain a partner, the Minister said during talks on the sidelines of")
_SAID = re.compile(r"\b(?:said|says|stated|stressed|noted|told|added|declared|announced|"
                   r"underlined|emphasi[sz]ed|reaffirmed|assured)\b", re.I)


def _ahead_of_present(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """An event told in the present with a time ahead after it ("is holding talks with
    the Prime Minister of India next week", "The President travels to Kenya later this
    month"): announced, not held. A trigger in the past tense is left alone ("met on
    Monday and agreed to meet again next month": that meeting was held)."""
    if _NOUN_OF_SOMEONE.match(t.text) and _POSSESSIVE_BEFORE.search(
            s.text, max(cl[0], t.start - 4), t.start):
        # "The President's attendance at the NATO summit next month", "her visit to Japan
        # later this year": a noun with a time ahead before any verb is a plan
        return bool(_AHEAD_IN_PHRASE.match(s.text, t.end, cl[1]))
    if _PAST_TRIGGER.match(t.text):
        return False
    if _AHEAD_OPENS.match(s.text, cl[0], t.start):
        return True  # "Next month the Minister travels to Poland", "Later this week, ..."
    if _FOR_BEFORE.search(s.text, max(cl[0], t.start - 20), t.start):
        # "travels to Kenya later this month for talks with A": the talks the trip is for
        trip = _PRESENT_TRIP.search(s.text, cl[0], t.start)
        return trip is not None and _AHEAD_AFTER.match(s.text, trip.end(), t.start) is not None
    if not _AHEAD_AFTER.match(s.text, t.end, cl[1]):
        return False
    word = re.match(r"\w+", t.text)
    first = word.group(0).lower() if word else ""
    return bool(_PRESENT_BEFORE.search(s.text, max(cl[0], t.start - 20), t.start)
                or (first.endswith("s") and not first.endswith("ss")))


#: a meeting named in a phrase that opens the sentence, before its subject: "In her
#: talks with the Chilean Foreign Minister, she will raise ...", "During his meetings
#: with A, the Minister is to ..." (the clause's verb tells whether it was held)
_FRAME_OPENS = re.compile(r"\W*(?:In|At|During)\s+(?:his|her|their|the|these|those)\s+"
                          r"(?:[\w-]+\s+){0,2}?$")
_FRAME_FUTURE = re.compile(r"[^.;]{0,160}?,\s+(?:(?!(?:said|says|stated|stressed|noted|added|"
                           r"agreed|told|that)\b)[\w.'’-]+\s+){0,4}?(?:will|shall|"
                           r"(?:is|are)\s+(?:due\s+|expected\s+|set\s+|scheduled\s+)?to|"
                           r"plans?\s+to|intends?\s+to|hopes?\s+to|would)\b")


def _framed_future(s: Sentence, t: Trigger) -> bool:
    """A meeting named in an opening phrase whose clause is in the future."""
    return t.type == "meeting" and bool(_FRAME_OPENS.match(s.text[s.start:t.start])) \
        and bool(_FRAME_FUTURE.match(s.text, t.end, s.end))


#: "following two days of meetings in Washington", "after a week of talks": a stay
#: past, told after what comes next ("will travel to New York later today, following
#: ..."); the plan before it does not reach it
_PAST_STAY = re.compile(r"\b(?:[Ff]ollowing|[Aa]fter)\s+(?:an?\s+|his\s+|her\s+|their\s+|the\s+)?"
                        r"(?:[\w-]+\s+){0,2}?(?:week|days|fortnight|series|round)\s+of\b")


def _past_stay_part(before: str, t: Trigger) -> str:
    """The text before ``t`` that may hedge it: none for the stay's own trigger,
    from the stay on for the events that filled it."""
    if _PAST_STAY.match(t.text):
        return ""
    starts = [m.start() for m in _PAST_STAY.finditer(before)]
    return before[starts[-1]:] if starts else before


def topic_only(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """A session named only as a topic, a mechanism or a document's subject."""
    before = s.text[max(cl[0], t.start - 60):t.start]
    return t.type in ("consultation", "commission") and bool(
        _DOCUMENT_OF.search(before)
        or (_CONSULT_TOPIC.search(before) and not round_framed(s, t))
        or _DOC_BETWEEN.search(s.text, max(cl[0], t.start - 260), t.start)
        or field_named(s, t, cl) or body_at_work(s, t, cl)
        or means_listed(s.text, cl[0], t.start, t.end, cl[1]))


#: the document's parties between it and its subject: "a Memorandum of Understanding
#: between the Ministry of ... of A and the Ministry of ... of B on Political Consultations",
#: "signed Memoranda of Understanding with Madam A, the Foreign Minister of X; Mr B of Y,
#: on political consultations" (the persons of a list parted by semicolons)
_DOC_BETWEEN = Gated(re.compile(
    r"\b(?:memorand\w*|MoU|agreement|protocol)\b(?:\s+of understanding)?(?:\s*\([^()]{1,12}\))?"
    r"\s+(?:between|with)\s(?:[^.;]|;(?=\s+(?:and\s+)?(?-i:Mr|Ms|Mrs|Madam|Dr|Hon)\b))"
    r"{1,200}?\s(?:on|for|about|concerning)\s+(?:the\s+)?"
    r"(?:(?!(?:and|then|held|had|hold|were|was|also)\b)[\w-]+\s+){0,3}$", re.I))


#: "a memorandum of understanding (MoU) on political consultations", "committed to
#: resolving issues through close bilateral consultations", "views on the continuation of
#: consultations between the two countries": consultations as a topic
_CONSULT_TOPIC = Gated(re.compile(
    r"\b(?:memorand\w*|MoUs?|agreements?|protocols?|mechanism|plan|programme|"
                            r"program|framework|through|via|by means of|continuation|resumption|"
                            r"renewal|revival|relaunch)\b"
                            # ("the programme were / included consultations": held)
                            r"(?!\s+(?:was|were|included|includes|featured|comprised)\b)"
                            r"(?:\s+of understanding)?"
                            # (the topic set off by a comma: "Two memoranda, on political
                            # consultations and on culture, were signed")
                            r"(?:\s*\([^()]{1,12}\))?(?:,?\s+(?:on|for|of|about)\s+|\s+)(?:the\s+)?"
                            r"(?:[\w-]+\s+){0,3}$", re.I))
#: a mechanism of consultations held, convened or chaired as a session ("held the III
#: Mechanism of Political Consultations with Honduras", "co-chaired the second
#: Mechanism of Political Consultations"): an occasion, not the topic above
_MECHANISM_HELD = re.compile(
    r"\b(?:held|holds?|holding|convened|convenes|hosted|hosts|co-?chaired|co-?chairs|chaired|"
    r"chairs|conducted|opened)\s+(?:the|a|an|their|its)\s+(?:(?-i:[IVXL]{1,6})\s+|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|next|new|latest|annual|regular)\s+)?"
    r"(?:[\w-]+\s+){0,2}?mechanism\s+(?:of|for|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
#: "have held 12 rounds of political consultations since 1995": a count of past
#: occasions (a figure), not one occasion (an ordinal, "the 12th round", is one)
_COUNTED = Gated(re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                      r"several|numerous|many|dozens)\s+(?:rounds?|sessions?|meetings?|times)\s+"
                      r"(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I))
#: ... unless the rounds counted were held in the time told, their partners named after
#: them ("Four rounds of political consultations were held with France", "Two sessions
#: of joint commissions took place: with A in March and with B in May"): not a running
#: total ("have held 12 rounds with A since 1995", "... have been held so far")
_HELD_AFTER = re.compile(r"(?:\s+(?!ha(?:ve|s|d)\b)[\w.,'’-]+){0,5}?\s+(?:(?:were|was)\s+"
                         r"(?:held|conducted|organi[sz]ed|arranged|carried\s+out|convened)|"
                         r"took\s+place)\b", re.I)
_RUNNING = re.compile(r"\b(?:since|so\s+far|to\s+date|thus\s+far|until\s+now|in\s+total|"
                      r"altogether|over\s+the\s+(?:past|last|years)|in\s+(?:recent|past)\s+years)\b",
                      re.I)


def _counted_with_partners(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """Whether the rounds counted before ``t`` are told as held, with the country of
    each named after the trigger (see ``_HELD_AFTER``)."""
    return (_HELD_AFTER.match(s.text, t.end, cl[1]) is not None
            or _HELD_AFTER.search(t.text) is not None) \
        and _RUNNING.search(s.text, s.start, s.end) is None \
        and any(e.kind in ("country", "adj") and t.end <= e.start < s.end for e in s.ents)


#: the partners of such a count named by example ("held 25 rounds of political
#: consultations, e.g. with Israel and Egypt", "22 sessions ... took place, including
#: with Turkey"): each example an occasion of the year told
_EXAMPLES_AFTER = Gated(re.compile(
    r"[^.;]{0,80}?,?\s*(?:including|among\s+(?:them|these|which)|e\.\s?g\.|such\s+as|"
    r"notably|namely|in\s+particular|for\s+(?:instance|example))\s+(?:with\s+)?"
    r"(?:the\s+)?(?-i:[A-Z])", re.I))
#: an agreement signed before the event reported ("the implementation of the
#: agreements previously signed", "recalled the treaty signed", "signed last year");
#: "earlier today", "earlier this month" date the signing told, no earlier one; the
#: document an anniversary counts from ("on the anniversary of the treaty signed on 17
#: June 1991") is a landmark of the past, no signing
_EARLIER_DEAL = Gated(re.compile(
    r"\b(?:implement\w*|execution|recall\w*|previously|"
    r"earlier(?!\s+(?:today|this\s+(?:morning|afternoon|week|month|year)|in\s+the\s+day)\b)|"
    r"already|formerly|existing|ratif\w*|pursuant to|under)\b(?:\s+[\w-]+){0,5}\s*$|"
    r"\b(?:anniversar(?:y|ies)|centenary|jubilee)\s+of\s+(?:the\s+|this\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:treat(?:y|ies)|agreements?|accords?|conventions?|memorand\w*|"
    r"protocols?|pacts?)\s+$", re.I))
#: (not with its two signatories after it: "the accord signed a year ago by Chile and
#: Peru" tells that signing, an event of its own)
_EARLIER_AFTER = Gated(re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:last (?:year|month|week)|earlier|"
                            r"previously|in the past|years ago)\b(?!,?\s+by\s+(?:the\s+)?"
                            r"(?-i:[A-Z])[^.;,]{0,60}?\s+and\s+(?:by\s+)?(?:the\s+)?(?-i:[A-Z]))",
                            re.I))
#: documents named with a perfect passive in a relative clause ("the agreements
#: which both sides have signed", "the accords which had been concluded"):
#: documents in force, signed at some earlier time
_EARLIER_RELATIVE = Gated(re.compile(
    r"\b(?:agreements?|accords?|memorand\w*|MoUs?|treat(?:y|ies)|protocols?|conventions?|"
    r"documents|instruments)\s+(?:that|which)\s+(?:have|had|has)\s+(?:already\s+|so\s+far\s+|"
    r"previously\s+|earlier\s+)?been\s+(?:already\s+|previously\s+|earlier\s+)?$", re.I))
#: the same clause inside a trigger that opens with its document ("treaties that have
#: been concluded")
_RELATIVE_OPENING = re.compile(r"[\w-]+\s+(?:that|which)\s+(?:have|had|has)\s+(?:[\w-]+\s+)?"
                               r"been\b", re.I)
#: (unless the clause names this occasion's time: "the memoranda that have been signed
#: today", "..., which had been signed during the visit")
_OCCASION_AFTER = Gated(re.compile(
    r"[^.;]{0,80}?\b(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|"
    r"during|in\s+the\s+presence|on\s+the\s+occasion|at\s+the\s+(?:end|close|conclusion)|"
    r"on\s+\d|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|in\s+the\s+course)\b", re.I))


def _earlier_relative(s: Sentence, t: Trigger, cl: tuple[int, int], before: str) -> bool:
    """Documents told as signed some time before, in a relative clause (see
    ``_EARLIER_RELATIVE``)."""
    return bool((_EARLIER_RELATIVE.search(before) or _RELATIVE_OPENING.match(t.text))
                and not _OCCASION_AFTER.match(s.text, t.end, cl[1]))


#: "have signed more than 20 agreements since 2010": a running total (a figure),
#: not one signing
_CUMULATIVE = Gated(re.compile(r"\s+(?:(?:more than|over|some|about|nearly|almost|a total of)\s+)?"
                         r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|"
                         r"hundreds of)\s+(?:[\w-]+\s+){0,3}?(?:agreements|documents|treaties|"
                         r"memoranda|instruments)\b[^.;]{0,80}?\b(?:since\s+(?:19|20)\d\d|so far|"
                         r"to date|over the (?:past|last)\s+(?:\w+\s+)?(?:years|decades)|"
                         r"in (?:the )?(?:recent|past) (?:years|decades))\b", re.I))
#: ... with the running total told before the verb: "India has so far signed 14
#: agreements with Bangladesh", "To date, the two countries have signed 14 agreements",
#: "Over the years, A and B have concluded 14 agreements", "The legal framework
#: comprises 14 agreements signed between A and B"
_CUMULATIVE_BEFORE = Gated(re.compile(
    r"\b(?:so\s+far|to\s+date|thus\s+far|up\s+to\s+now|until\s+now|till\s+(?:now|date)|hitherto|"
    r"altogether|in\s+total|"
    r"over\s+the\s+(?:past\s+|last\s+)?(?:\w+\s+)?(?:years|decades)|"
    r"in\s+(?:the\s+)?(?:recent|past)\s+(?:years|decades)|since\s+(?:19|20)\d\d|"
    r"(?:legal|treaty|contractual)\s+(?:framework|base|basis)\b[^.;]{0,40}?"
    r"\b(?:comprises|consists\s+of|includes|numbers|counts))\b[^.;]{0,60}$", re.I))
#: a total that is the year's when told in the past simple ("In total, 86 treaties were
#: signed"), a running one in the perfect ("In total, 86 treaties have been signed")
_YEAR_TOTAL = re.compile(r"in\s+total|altogether", re.I)
_PERFECT = re.compile(r"\b(?:have|has|had)\b", re.I)
#: (the number of documents the running total counts, right after the verb or before it)
_COUNTED_DOCS = re.compile(r"\s+(?:(?:more\s+than|over|some|about|nearly|almost|"
                           r"a\s+total\s+of)\s+)?"
                           r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"dozens\s+of|hundreds\s+of)\s+(?:[\w-]+\s+){0,3}?(?:agreements|"
                           r"documents|treaties|memoranda|memorandums|MoUs|instruments|accords|"
                           r"pacts|protocols)\b", re.I)
#: (the count before a passive too: "18 MoUs have been signed between A and B")
_COUNT_BEFORE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                           r"twelve)\s+(?:[\w-]+\s+){0,3}?(?:agreements|documents|treaties|"
                           r"memoranda|memorandums|MoUs|instruments|accords|pacts|protocols)"
                           r"\s+(?:(?:have|has|had)\s+been\s+|were\s+)?$", re.I)


def _running_total(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """Documents counted as a running total, its cue before the verb (see
    ``_CUMULATIVE_BEFORE``)."""
    head = s.text[max(cl[0], t.start - 120):t.start]
    cue = _CUMULATIVE_BEFORE.search(head)
    if not cue:
        return False
    if _YEAR_TOTAL.match(cue.group(0)) \
            and not _PERFECT.search(head + " " + t.text + s.text[t.end:t.end + 12]):
        return False  # "In total, 86 treaties were signed, including with A": the year's
    # (the trigger may begin at the documents themselves: "25 agreements have been
    # concluded", the count just before it)
    last = head.rstrip().rsplit(None, 1)[-1] if head.strip() else ""
    return bool(_COUNTED_DOCS.match(s.text, t.end, cl[1]) or _COUNT_BEFORE.search(head)
                or _COUNTED_DOCS.match(" " + t.text.split(" ", 1)[-1])
                or _COUNTED_DOCS.match(f" {last} {t.text}"))


#: a mechanism of consultations signed or set up ("both ministers signed the Political
#: Consultation Mechanism", "established a bilateral consultations
#: mechanism"): the instrument that makes the format, not a round of it (a session of
#: the mechanism, "the first meeting of the ... Mechanism was held", still is one)
_MECHANISM_AFTER = re.compile(r"\s+(?i:mechanism)\b")
_MADE_BEFORE = Gated(re.compile(
    r"\b(?:sign(?:ed|s|ing)?|signature|establish\w*|creat\w*|set(?:ting)?\s+up|institut\w*)"
    r"(?:\s+of)?\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$", re.I))
_DOCUMENT_OF = Gated(re.compile(
    r"\b(?:protocol|minutes|outcome document|final document|decisions?|"
    r"recommendations|roadmap|agenda)\s+of\s+the\s+(?:[\w-]+\s+){0,6}$", re.I))
