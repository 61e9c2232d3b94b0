"""Whether an event a sentence names was held: the patterns of a plan, a purpose,
a habit or a goal before the trigger, of a cancellation before or after it, and
of a session said to be ahead (used by :mod:`communique.extract._frames`)."""

from __future__ import annotations

import re

from ._fold import Lowered
from ._gate import Gated

__all__ = ["_BE_AHEAD_AFTER", "_BODY_TO_MEET", "_CANCELLED", "_CANCELLED_AFTER", "_EVENT_END",
           "_HABIT_AFTER", "_PLANNED", "_PLANNED_AFTER", "_SCHEDULED_AFTER"]

#: (searched on the lowered text before a trigger: see ``_fold.Lowered``)
_PLANNED = Lowered(re.compile(r"\b(?<!today and )(?:the day after )?tomorrow\b(?!['’]s)[^.;]*$|"
                      # "the agreement is to be signed by 31 December": an obligation
                      # ahead, its verb the trigger itself
                      r"\b(?:is|are)\s+to\s+be\s+$|"
                      # "will arrive at the Palacio de Itamaraty for talks with": the
                      # purpose of a journey announced, told by "for"
                      r"\b(?:will|shall|(?:is|are) (?:due |expected |set |scheduled )?to)\s+"
                      r"(?:travel|arrive|fly|go|come|head)\b[^.;,]{0,50}?\bfor\s+"
                      r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?$|"
                      r"\b(?:will|would|shall|(?:is|are) (?:due |expected |set |scheduled )?to|"
                      # "will travel to Brazil to attend the summit": the purpose of a
                      # journey announced
                      r"plans? to|intends? to)\s+(?:(?!(?:and|but|after|before|where|when|"
                      r"then)\b)[\w'’-]+\s+){1,6}?to\s+$|"
                      # "said she would raise rights at a meeting with": an act to come,
                      # the meeting its occasion (audit14b)
                      r"\b(?:will|would|shall)\s+(?:(?!(?:and|but|after|before|where|when|"
                      r"then)\b)[\w'’-]+\s+){1,5}?(?:at|in|during)\s+(?:an?|the|his|her|their)\s+"
                      r"(?:[\w-]+\s+)?$|"
                      # ("could be signed by the end of the year", "might meet": hedged)
                      r"\b(?:will|would|shall|could|might|plans? to|planned|proposed to|agreed to|"
                      r"intends? to|"
                      # "agreed with the Serbian minister to hold a joint government
                      # meeting": agreed with someone, then what is to be done
                      r"(?:agreed|agrees|decided|arranged)\s+with\s+(?!(?:[\w'’-]+\s+){0,6}?"
                      r"(?:and|but|after|before|when)\b)(?:[\w'’-]+\s+){1,6}?to|"
                      # "pledged to conduct regular consultations", "vowed to hold talks":
                      # an undertaking, not an occasion
                      r"(?:pledged?|pledging|vow(?:ed|s)?|promised?|undert(?:ook|akes?)|"
                      r"commit(?:ted|s)?(?:\s+themselves)?)\s+to|"
                      r"(?:is|are|was|were) (?:scheduled|due|set|slated|poised|going) to|"
                      r"expected to|hopes? to|looks? forward to|initiate an?|to establish an?|"
                      r"to set up an?|to create an?|to hold an?|to form an?)\s+(?:\w+\s+){0,3}"
                      # ("will hold a series of bilateral meetings")
                      r"(?:(?:a\s+)?(?:series|number|round|couple|range)\s+of\s+(?:[\w-]+\s+){0,2})?$|"
                      # "suggested reviving the stalled talks between A and B", "proposed
                      # resuming the consultations", "recommended holding a summit": a
                      # proposal, no occasion
                      r"\b(?:suggest|propos|recommend)(?:ed|es|e|s|ing)?\s+(?:(?:that\s+)?"
                      r"(?:they|we|the\s+(?:two\s+)?(?:sides|parties|countries))\s+)?"
                      r"(?:reviv|resum|restart|relaunch|reconven|renew|hold|conven|launch|"
                      r"organi[sz]|establish)\w*\s+(?:(?:the|an?|their|its|new|regular)\s+)?"
                      r"(?:[\w-]+\s+){0,3}?$|"
                      # "we have the goal of visiting all of them", "our aim is to visit
                      # each member": a goal set, not an occasion
                      r"\b(?:goal|aim|ambition|objective|intention|target)s?\s+(?:is\s+|was\s+)?"
                      r"(?:of|to)\s+$|"
                      # "the preparations for the visit of", "is preparing the summit",
                      # "a letter inviting the President to the summit": not held yet
                      r"\bprepar(?:ations?|ing|es?|ed)\s+(?:(?:of|for)\s+)?(?:the\s+|an?\s+)?"
                      r"(?:[\w'’-]+\s+){0,3}$|"  # (and "for the Minister's visit")
                      r"\binvit(?:ed|ing|es?|ations?)\b[^.;]{0,50}?\bto\s+(?:attend\s+)?the\s+"
                      r"(?:[\w-]+\s+){0,3}$|"
                      r"\b(?:proposed|planned|upcoming|forthcoming|future|possible|expected|"
                      # ("the next day she met": a day past; so is a review's "the next
                      # month he travelled", told from the month before)
                      r"(?<!the )next(?!\s+(?:day|morning|afternoon|evening)\b)|"
                      r"(?<=the )next(?!\s+(?:day|morning|afternoon|evening|week|month|"
                      r"year)\b)|"
                      r"prospective|potential)\s+"
                      # ("documents on future cooperation were signed": the topic's
                      # future, not the event's)
                      r"(?!(?:cooperation|collaboration|relations|ties|partnership|"
                      r"projects|development)\s+(?:were|was|have|has|had)\b)"
                      r"(?:[\w-]+\s+){0,2}$|"
                      # "did not rule out a visit to Beijing", "discussed the possibility of
                      # a visit": an occasion held possible, none held
                      r"\bnot\s+rul(?:e|ed|es|ing)\s+out\s+(?:the\s+|an?\s+)?(?:possibility\s+of\s+"
                      r"(?:the\s+|an?\s+)?)?(?:[\w-]+\s+){0,2}$|"
                      r"\bpossibility\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$|"
                      # "has traditionally met", "usually travels to": a habit, no occasion
                      r"\b(?:traditionally|customarily|habitually|routinely|usually|"
                      r"typically|regularly)\s+(?:[\w-]+\s+)?$|"
                      # "the strategy involves the signing of", "the plan calls for a visit"
                      # ("foresees, on Wednesday, an audience with": a time set off between)
                      r"\b(?:involves|entails|requires|envisag(?:es|ing)|foresees|"
                      r"provides\s+for|calls\s+for)\s*(?:,[^,.;]{1,40},\s*)?(?:the\s+|an?\s+)?"
                      r"(?:[\w-]+\s+){0,2}$|"
                      # "expressed hope that President A's meetings with B and C would",
                      # "hoped that the Minister's visit to Lima": an occasion hoped for ("that" may
                      # go: "hoped President A's talks with B would")
                      r"\bhop(?:e|es|ed|ing)\s+(?:that\s+)?(?:[\w.'’-]+\s+){0,4}?[\w-]+['’]s\s+"
                      r"(?:[\w-]+\s+){0,2}$|"
                      # "the memorandum lays the foundation for regular consultations",
                      # "paved the way for a visit", "provides a basis for": a ground laid, none yet
                      r"\b(?:lays?|laid|laying|sets?|setting|creates?|created|creating|paves?|"
                      r"paved|paving|prepares?|prepared|provides?|provided|providing|forms?|formed)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
                      r"(?:foundations?|basis|framework|groundwork|ground|way|path)\s+for\s+"
                      r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$|"
                      # "the schedule does not foresee any meeting of the minister with
                      # ambassadors", "did not provide for talks": a rule or plan that
                      # denies the event, none held by it
                      r"\b(?:does|do|did)\s+not\s+(?:foresee|envisage|provide\s+for|allow\s+for|"
                      r"call\s+for|include|involve|plan|require)\s+(?:the\s+|an?\s+|any\s+)?"
                      r"(?:[\w-]+\s+){0,2}$|"
                      # "the programme also includes talks with", "his itinerary provides
                      # for a meeting with": a programme told in the present is ahead
                      r"\b(?:programme|program|agenda|schedule|itinerary)\s+(?:also\s+)?"
                      r"(?:includes|foresees|envisages|provides|features|comprises)\b"
                      r"[^.;]{0,45}$|"
                      # "would be pleased to host a meeting", "offered to hold talks": an
                      # offer or a readiness, not an occasion
                      r"\b(?:(?:would|will|'d)\s+be\s+(?:(?:very|most|more\s+than)\s+)?"
                      r"(?:pleased|happy|glad|delighted|honou?red)|(?:(?:would|will|'d)\s+be|is|"
                      r"are|stands?|stood)\s+(?:(?:very|fully|more\s+than)\s+)?(?:ready|willing|"
                      r"keen|prepared|eager))\s+to\s+(?:(?:host|hold|organi[sz]e|convene|"
                      r"arrange|facilitate)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2})?$|"
                      r"\b(?:offer(?:ed|s)?|volunteer(?:ed|s)?)\s+to\s+(?:(?:host|hold|"
                      r"organi[sz]e|convene|arrange)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2})?$|"
                      # "voiced her government's readiness to keep up the political
                      # consultations with", "confirmed their willingness to hold regular
                      # talks", "underlined the need to deepen (the necessity of
                      # resuming) consultations": a disposition stated or a wish, no occasion
                      r"\b(?:readiness|willingness|preparedness|eagerness|desire|wish|intention|"
                      r"determination|resolve|commitment|need|necessity)\s+(?:to|of)\s+"
                      r"(?:(?:further\s+)?(?:continu|hold|resum|conduct|deepen|strengthen|intensif|"
                      r"expand|develop|maintain|step(?:ping)?\s+up|pursu|organi[sz]|hav|carry(?:ing)?"
                      r"\s+on|keep(?:ing)?\s+up|conven|launch|start|begin|establish|"
                      r"institutionali[sz])[a-z]*\s+(?:the\s+|an?\s+|its\s+|their\s+|such\s+)?"
                      r"(?:[\w-]+\s+){0,2})?$|"
                      # "on the agenda of the talks was the signing of", "also on their
                      # agenda were": an item to discuss, not the act itself
                      r"\bon\s+(?:the|its|their|his|her)\s+agenda\b[^.;]{0,40}?\b(?:was|were|"
                      r"is|are|remains?|included|includes)\s+(?:also\s+)?(?:the\s+|an?\s+)?"
                      r"(?:[\w-]+\s+){0,2}$|"
                      # "called for an early meeting of the Joint Commission", "stressed the
                      # need for regular consultations", "urged further rounds of": wished for
                      r"\b(?:(?:call(?:ed|ing|s)?|push(?:ed|es|ing)|press(?:ed|es|ing)|"
                      r"appeal(?:ed|s|ing)?|need|needs|necessity)\s+for|urg(?:ed|es|ing)(?:\s+for)?)"
                      r"\s+(?:(?:the|an?|more)\s+)?(?:(?:holding|convening)\s+of\s+(?:the\s+|an?\s+)?)?"
                      r"(?:(?:early|regular|frequent|periodic|further|new|more|another|timely|prompt|"
                      r"speedy|urgent)\s+)*(?:(?:meetings?|sessions?|rounds?|sittings?)\s+of\s+"
                      r"(?:the\s+)?(?:[\w-]+\s+){0,3})?$|"
                      # "the next session of the A-B Joint Commission"
                      r"\b(?:upcoming|forthcoming|next|future)\s+(?:session|meeting|round)\s+of\s+"
                      r"(?:the\s+)?(?:[\w-]+\s+){0,3}$|"
                      # "the need to keep building ties by having regular high-level
                      # engagement", "the value of frequent consultations": a practice
                      # wished for, no occasion ("during regular talks" is one)
                      r"\b(?!during\b)(?:[a-z]+ing|of|for|through|via)\s+(?:more\s+)?"
                      r"(?:regular|frequent|periodic)\s+(?:[\w-]+\s+){0,2}$|"
                      # "discussed promoting high-level visits": visits as a goal
                      r"\b(?:promot|boost|increas|intensif|expand|encourag|facilitat|enhanc|"
                      r"deepen|step(?:ping)? up|resum)\w*\s+(?:the\s+)?(?:pace\s+of\s+)?"
                      r"(?:(?:the\s+)?exchanges?\s+of\s+)?(?:[\w-]+\s+){0,2}$", re.I))
_CANCELLED = Gated(re.compile(r"\b(?:disrupted|cancel(?:l)?ed|postponed|called off|refused|"
                        r"declined|boycotted)\b[^.;]*$", re.I))
#: what may stand between the event and its verdict: not a clause of another event
#: ("spoke by phone with A, after the meeting in Brussels was cancelled")
_TO_VERDICT = (r"(?:(?!\b(?:after|because|since|when|while|but|although|though|whereas)\s)"
               r"[^.;]){0,120}?")
#: "The visit of ... to Georgia on 5 May was cancelled": the verdict follows the event
_CANCELLED_AFTER = Gated(re.compile(
    _TO_VERDICT + r"\b(?:(?:was|were|has been|have been|had been|had to be|is being|is|are)"
    r"\s+(?:\w+\s+)?|,\s*)(?:cancel(?:l)?ed|postponed|called off|put off|deferred|scrapped|"
    r"suspended)\b|"
    # ("regretted that the call between A and B did not take place")
    + _TO_VERDICT + r"\b(?:did|does|has|have|had)\s+not\s+(?:yet\s+)?(?:take|taken)\s+place\b|"
    + _TO_VERDICT + r"\b(?:never|failed\s+to)\s+(?:took|take)\s+place\b", re.I))
#: (not after ", whose": "the Joint Commission, whose ministerial session will be
#: held on 29 November" opens another session of the body)
#: (nor past a second predicate of the same subject: "is paying a visit to A and is
#: scheduled to return home tomorrow", "... and will fly on to B", "... and leaves for B
#: tomorrow": what is ahead is that predicate's, not the visit's)
_PLANNED_AFTER = Gated(re.compile(r"(?:(?!,\s+whose\b|\band\s+(?:is|are|will|leaves|heads|flies|"
                                  r"travels|proceeds|departs|continues|returns)\s)[^.;]){0,60}?"
                                  r"\b(?:"
                            # "meets the Foreign Minister in Yerevan tomorrow": ahead
                            # (not "today and tomorrow": a stay under way)
                            r"(?<!today and )tomorrow\b(?!['’]s)|"
                            r"(?:was|were|is|are) to be held|will be held|"
                            r"is scheduled|are scheduled|was scheduled|"
                            # "The signing of the agreement with Kenya is planned for 2026"
                            r"(?:is|are) (?:planned|envisaged|foreseen)|"
                            r"(?:would|will|could|should|might|may|is to|are to) "
                            r"(?:soon |shortly |now )?(?:take place|be held|be organi[sz]ed)|"
                            # "A state visit of the King to Romania is being prepared", "A
                            # visit to Quito is under consideration": in the making
                            r"(?:is|are) being (?:prepared|planned|considered|organi[sz]ed|"
                            r"arranged|worked out)|(?:is|are) under (?:consideration|"
                            r"preparation|discussion|study)|"
                            # "A free trade agreement could be signed by the end of the year"
                            r"(?:could|might|may|would) (?:soon |shortly )?be "
                            r"(?:signed|concluded|finali[sz]ed)|"
                            # "The visit to Armenia will also include talks with": a
                            # programme ahead, the visit (and what it includes) to come
                            r"(?:will|would|is to|are to|shall) (?:also )?(?:include|comprise|"
                            r"feature|involve|consist of|take in)|"
                            # "the joint committee, expected to convene in Dushanbe next year"
                            r"(?:expected|set|slated|due|planned|scheduled) to "
                            r"(?:convene|meet|sit|take place|be held|be convened))\b", re.I))
#: a body named as the subject of a future sitting, the verb right after it: "agreed
#: that the Joint Commission would meet in Hanoi" (not a clause of others after it:
#: "..., where they will meet")
_BODY_TO_MEET = re.compile(r",?\s+(?:would|will|shall|is\s+to|are\s+to)\s+(?:next\s+|again\s+|"
                           r"soon\s+)?(?:convene|reconvene|meet|sit)\b", re.I)
#: the event noun as the subject of a future "be" with a place or a day: "his first
#: official visit as minister will be to Lisbon", "The next round of talks will be in
#: Geneva", "The visit is to be on 4 May" (no verb or clause of its own between: "The
#: visit was a success and the next one will be in Oslo" is held)
_BE_AHEAD_AFTER = re.compile(
    r"(?:(?!\b(?:was|were|is|are|has|have|had|and|but|which|that|who|whose|where|when)\b)"
    r"[^,.;:!?]){0,60}?\b(?:will|would|shall|is\s+to|are\s+to)\s+be\s+(?:to|in|on)\s+"
    r"[A-Z0-9]")
#: a named event said to be ahead: "the summit scheduled for 4 June", "the
#: Summit which Nairobi will host in 2026", "..., which the President is expected
#: to attend on Sunday"
_SCHEDULED_AFTER = re.compile(
    r"(?:\s+(?:of|in|on|with|between|for)\s+[^,.;]{0,60}?)?,?\s+(?:(?:scheduled|planned|slated|"
    r"set)\s+(?:for|to)\b|(?:which|that)\s+(?:[\w.'’-]+\s+){1,5}?(?:will|is to|are to|is set to|"
    r"is due to|is expected to|are expected to)\s+(?:host|attend|hold|chair)\b)", re.I)
_EVENT_END = Gated(re.compile(r"(?:summit|meeting|visit|talks|session|conference|forum|dialogue|"
                        r"consultations|commission)s?$", re.I))
#: a habit told in the present after the trigger: "The Joint Commission meets once a
#: year", "consultations are held annually, alternately in A and B", "the council
#: sits every two years": no occasion (a past "was held annually" names one, and so
#: does a body described in a clause: "..., which meets once a year, held ...")
_HABIT_AFTER = Gated(re.compile(
    r"(?:(?!\b(?:which|that|who|where)\b)[^.;]){0,80}?\b(?:meets|meet|convenes|convene|"
    r"sits|sit|gathers|(?:is|are) held|"
    r"(?:is|are) convened|takes place|take place)\s+(?:[^.;,]{0,60}?\s)?(?:(?:once|twice|"
    r"(?:two|three|four) times)\s+(?:a|per|every)\s+(?:year|month)|annually|biennially|yearly|"
    r"each year|every\s+(?:\w+\s+)?(?:years?|months?)|regularly|alternately)\b|"
    # (a habit kept up since a year, any tense: "have held political consultations every
    # year since 2017", "met annually since 2015")
    r"(?:(?!\b(?:which|that|who|where|as)\b)[^.;,]){0,60}?\b(?:every\s+(?:\w+\s+)?years?|"
    r"each\s+year|annually|yearly|biennially|regularly)\s+since\s+(?:19|20)\d\d\b", re.I))
