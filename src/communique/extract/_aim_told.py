"""The aim of a talk, told in a purpose clause after it: "met the ministers of A and B
in Nairobi in a bid to defuse tensions between the two and C", "in an effort to ease
the dispute between A and C", "with a view to settling the conflict in C". The
countries of the quarrel the talk sought to calm are its topic, not its sides (a side
named before the clause stays one); also a purpose that opens the sentence ("To help end
the dispute between A and B, the Minister held talks with ...").

A purpose that opens the sentence ("To assess the results of the commission of March,
the ministers met ...") and a month that names the event the topic is about ("to take
stock of the March summit") give the event no time of its own (:func:`fronted_aim`,
:func:`month_before`)."""

from __future__ import annotations

import re

from ._gate import Gated
from ._recognise import Ent, Sentence

__all__ = ["fronted_aim", "in_aim_told", "in_fronted_occasion", "in_fronted_purpose",
           "month_before"]

#: a purpose marker, then a verb of calming or settling a quarrel, then up to the name
#: with no stop or semicolon between ("to boost ties between A and B" names the sides:
#: not a verb of this list)
_AIM = Gated(re.compile(
    r"\b(?:in\s+(?:a|an)\s+(?:bid|effort|attempt|push|drive|move)\s+to|aimed\s+at|"
    r"with\s+(?:a|the)\s+(?:view|aim|goal)\s+(?:to|of)|seeking\s+to|so\s+as\s+to|"
    r"in\s+order\s+to|(?-i:To))\s+(?:help\s+(?:to\s+)?)?"
    r"(?:defus|eas|resolv|end|settl|calm|reduc|de-?escalat|mediat|bridg|heal|overcom|solv|"
    r"reconcil|resolv|halt|stop|contain|avert|prevent)(?:e|es|ed|ing)?\b[^.;]{0,90}$", re.I))


def in_aim_told(s: Sentence, e: Ent) -> bool:
    """Whether ``e`` is named inside a purpose clause telling the quarrel a talk sought
    to calm."""
    return _AIM.search(s.text, max(s.start, e.start - 110), e.start) is not None


#: a purpose clause opening the sentence, up to its comma: "To assess the results of
#: the commission of March, ...", "In order to prepare the summit on 9 June, ..."
_FRONTED = re.compile(r"(?:To|In\s+order\s+to|So\s+as\s+to|With\s+a\s+view\s+to)\s+"
                      r"(?!date\b|this\s+end|that\s+end)[^,;.]{3,140}?,")
#: a month (a day, a year) standing before the event noun it names: "the March summit",
#: "the 9 June meeting", "the 2022 session"
_MONTH_BEFORE = re.compile(
    r"(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?:\s+\d{1,2})?(?:\s+\d{4})?(?:['’]s)?\s+(?:[\w-]+\s+)?$|"
    r"\b\d{4}(?:['’]s)?\s+(?:[\w-]+\s+)?$")


def fronted_aim(s: Sentence, before: int) -> tuple[int, int] | None:
    """The span of a purpose clause that opens the sentence and ends before ``before``
    (the trigger): its times are the aim's, not the event's."""
    m = _FRONTED.match(s.text, s.start, before)
    return (m.start(), m.end()) if m is not None else None


def month_before(text: str, start: int, at: int) -> int:
    """Where the event noun at ``at`` begins with the month that names it ("the March
    summit"): that month's start, else ``at``."""
    m = _MONTH_BEFORE.search(text, max(start, at - 40), at)
    return m.start() if m is not None else at


#: a purpose phrase that opens the sentence, up to its comma ("Aiming at further
#: promotion of the GCC co-operation, ...", "To deepen ASEAN integration, ...", "Seeking
#: to boost EU ties, ...", "In a bid to strengthen the African Union, ...")
_PURPOSE_OPENS = re.compile(
    r"(?:To|In\s+order\s+to|So\s+as\s+to|With\s+(?:a|the)\s+(?:view|aim|goal)\s+(?:to|of)|"
    r"Aim(?:ing|ed)(?:\s+at|\s+to)?|Seeking\s+to|In\s+(?:a|an)\s+(?:bid|effort|attempt)\s+to)"
    r"\s+[^,;.]{3,140}?,")


def in_fronted_purpose(s: Sentence, e: Ent) -> bool:
    """Whether ``e`` is named inside a purpose phrase that opens the sentence: what the
    trip sought to further ("To deepen ASEAN integration, the President visited A and
    B") is its aim, not the traveller."""
    m = _PURPOSE_OPENS.match(s.text, s.start, s.end)
    return m is not None and m.start() <= e.start and e.end < m.end()


#: a time clause opening the sentence that names an occasion getting under way, up to
#: its comma: "As the 80th session of the General Assembly opens, ...", "While the NATO
#: summit meets, ...", "As the Council convened, ..."
_OCCASION_OPENS = re.compile(
    r"(?:As|While|Whilst|When)\s+[^,;.]{3,140}?\s+(?:commences|commenced|begins|began|"
    r"opens|opened|starts|started|convenes|convened|meets|met|gets\s+under\s+way|"
    r"got\s+under\s+way|is\s+under\s+way|kicks\s+off|kicked\s+off|gathers|gathered|"
    r"(?:is|was)\s+(?:being\s+)?held|takes\s+place|took\s+place)\s*,|"
    # or a phrase that opens it with the gathering the words were said at: "During the
    # meeting of EU foreign ministers, ...", "At the NATO summit, ...", "On the
    # sidelines of the OSCE Council, ..." (no trip inside it)
    r"(?:During|At|On\s+the\s+(?:sidelines|margins?)\s+of|In\s+the\s+(?:course|margins?)\s+of)"
    r"\s+(?:the|a|an|this|that|its|their)\s+(?![^,;.]*\b(?:visit|trip|tour|journey)s?\b)"
    r"[^,;.]{0,80}?\b(?:meeting|session|summit|conference|council|forum|assembly|"
    r"ministerial|gathering)s?\b[^,;.]{0,80}?,|"
    # or a phrase that opens it with another trip of the traveller, before or after
    # this one: "Before his Peru tour, the Secretary visited A", "After her trip to
    # Chile, the Minister went on to B" (the place of that trip travels nowhere)
    r"(?:Before|After|Ahead\s+of|Prior\s+to|Following|Preceding)\s+(?:his|her|their|its)\s+"
    r"[^,;.]{0,50}?\b(?:visit|trip|tour|journey|stay|stop(?:over)?)s?\b[^,;.]{0,60}?,")


def in_fronted_occasion(s: Sentence, e: Ent) -> bool:
    """Whether ``e`` is named inside a time clause that opens the sentence with an
    occasion under way: the occasion of the trip ("As the session of the UN General
    Assembly opens, the Minister is in New York"), not the traveller."""
    m = _OCCASION_OPENS.match(s.text, s.start, s.end)
    return m is not None and m.start() <= e.start and e.end < m.end()
