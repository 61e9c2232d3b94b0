"""Talks whose mode is told after them: a lead that says only that two sides
talked ("A, on Friday, discussed with his counterpart B the bilateral agenda",
"held talks with", "exchanged views with"), then a sentence that names those talks
as a phone call ("In a phone conversation, A thanked ...", "During the phone call,
...", "... was discussed during the phone conversation between the two", "The phone
conversation covered trade"): the lead's event is that call, not a meeting beside it.

Talks told as held in person ("met", "received", a city) stay a meeting; so do
talks before a call told as another one ("another call", "later") or told with a
day of its own (the talks' own day named again is no day of its own: "The phone
conversation on 12 March covered trade" after talks on 12 March; so named, the call may
come some paragraphs after the talks)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import Record
from ._date_mention import DateMention
from ._dates import find_dates

__all__ = ["mode_told_later"]

#: a verb of talking that says nothing of how the talks were held
_TALKED = re.compile(r"\b(?:discuss(?:ed|es)|"
                     r"exchanged\s+(?:[\w-]+\s+){0,2}?(?:views|opinions|ideas)|held\s+talks|"
                     # ("A and B agreed to seek ...": what they agreed on, the talks unsaid)
                     r"agreed\s+(?:to|on|that)|"
                     r"holds\s+talks|talked|conferred|consulted|"
                     r"(?:held|had)\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\w-]+\s+)?discussions?)\b",
                     re.I)
#: what tells talks held in person
_IN_PERSON = re.compile(r"\b(?:met|meets?|meeting|receiv\w*|hosted|hosts|visit\w*|audience|"
                        r"called\s+on|welcom\w*|in[- ]person|face[- ]to[- ]face|sidelines|"
                        r"margins|arriv\w*|while\s+in|in\s+the\s+capital)\b", re.I)
#: the talks named again as a phone call ("In a phone conversation,", "during the
#: telephone call", "the phone conversation between")
_AS_CALL = re.compile(r"\b(?:(?:in|during|over|on|through|throughout)\s+(?:a|the|this|that|"
                      r"their)\s+(?:tele)?phone\s+(?:call|conversation|talks)\b(?!\s+with\b)|"
                      r"the\s+(?:tele)?phone\s+(?:call|conversation)\s+between\b|"
                      # "The talks were held by telephone", "The conversation took place
                      # by phone", "The exchange was conducted by video link", "The meeting
                      # was held online": the talks named again, then their medium
                      r"\b(?:the|their|these|this|that)\s+(?:[\w-]+\s+)?(?:talks|conversation|"
                      r"exchange|meeting|discussions?)\s+(?:(?:was|were|had\s+been)\s+(?:held|"
                      r"conducted|carried\s+out)|took\s+place)\s+"
                      r"(?:(?:by|over|via|through|on)\s+(?:the\s+|a\s+)?(?:tele)?phone\b|"
                      r"(?:by|via|through|over)\s+(?:a\s+)?"
                      r"video(?:[- ]?(?:link|conference|call))?\b|"
                      r"by\s+videoconference\b|online\b|virtually\b|remotely\b))", re.I)
#: the two sides of the lead named again as the subject of a phone call ("Both
#: presidents had a phone call in the morning, in which they also spoke of trade")
#: (its day, when told, is the lead's talks' too)
_PAIR_CALLED = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n))\W*(?:the|both)\s+(?:two\s+)?(?:leaders|"
                          r"presidents|ministers|foreign\s+ministers|prime\s+ministers|sides|"
                          r"counterparts|heads\s+of\s+state)\s+[“\"]?(?:held|had)\s+(?:a\s+)?"
                          r"(?:[\w-]+\s+)?(?:tele)?phone\s+(?:call|conversation)\b", re.I)
#: a call of its own after the talks
_ANOTHER = re.compile(r"\b(?:another|second|later|subsequent(?:ly)?|again|further|"
                      r"follow-up|earlier|previous(?:ly)?)\b", re.I)
#: the talks named again as a phone call that is a sentence's subject ("The phone
#: conversation covered trade", "Their telephone call with Diaz dealt with ...")
_CALL_SUBJECT = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n))\W*(?:the|this|that|their)\s+"
                           r"(?:tele)?phone\s+(?:call|conversation|talks)\b", re.I)
_SENTENCE_START = re.compile(r"[.!?]\s+(?=\S)|\n")
#: how far after the talks (characters) the call may be named
_REACH = 700
#: how far a call that names the talks' own day again may be named ("The telephone
#: conversation on 12 March ..." a few paragraphs on)
_FAR = 1600
_SIDES = frozenset({"meeting", "call", "visit"})


def mode_told_later(records: Iterable[Record], text: str) -> Iterator[Record]:
    """The records, a meeting retyped a call where the sentences after it name its
    talks as a phone call (see the module's docstring)."""
    recs = list(records)
    for r in recs:
        if r.type != "meeting" or r.source is None:
            continue
        src = r.source
        if r.place is not None and r.place.city and re.search(
                r"\b(?:in|at)\s+(?:the\s+)?" + re.escape(r.place.city), src.text):
            continue  # talks told in a city (a dateline's city alone is the page's)
        if sum(1 for o in recs if o.type == "meeting" and o.source is not None
               and o.source.start == src.start) > 1:
            continue  # talks with several: a meeting of them, or one call each?
        if not _TALKED.search(src.text) or _IN_PERSON.search(src.text):
            continue
        sides = set(r.from_) | set(r.to)
        other = min([len(text)] + [
            o.source.start for o in recs if o.source is not None and o.source.start > src.start
            and o.type in _SIDES and set(o.from_) | set(o.to) != sides])
        end = min(src.end + _REACH, other)
        m = _AS_CALL.search(text, src.end, end) or _CALL_SUBJECT.search(text, src.end, end) \
            or _PAIR_CALLED.search(text, src.end, end)
        far = m is None
        if far:  # (further on, only a call that names the talks' own day again)
            end = min(src.end + _FAR, other)
            m = _AS_CALL.search(text, src.end, end) or _CALL_SUBJECT.search(text, src.end, end)
        if m is None or (m.re is _CALL_SUBJECT and any(
                o.source is not None and o.source.start <= m.start() < o.source.end
                for o in recs)):
            continue  # (a subject whose sentence kept an event of its own: another call)
        opens = [x.end() for x in _SENTENCE_START.finditer(text, src.end, m.start())]
        a = opens[-1] if opens else src.end
        stop = _SENTENCE_START.search(text, m.end(), len(text))
        b = stop.start() + 1 if stop else len(text)
        days = find_dates(text, a, b)
        if _ANOTHER.search(text, a, b) or (not _same_day(r, days) and m.re is not _PAIR_CALLED) \
                or (far and not days):
            continue  # a call of its own, or one told with a day of its own
        r.type = "call"
    yield from recs


def _same_day(r: Record, days: list[DateMention]) -> bool:
    """Whether the call's sentence names no day, or only the talks' own day again ("The
    telephone conversation on 12 March ..." after talks dated 12 March): the same call,
    not one told with a day of its own."""
    start = r.date.start if r.date is not None else None
    if not days:
        return True
    if start is None or len(start) != 10:
        return False
    y, m, d = (int(x) for x in start.split("-"))
    return all(not dm.relative and not dm.has_end and dm.m1 == m and dm.d1 == d
               and dm.y1 in (None, y) for dm in days)
