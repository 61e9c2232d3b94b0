"""The day of a session named again by its margins: "On the margins of the
Council, the Minister held talks with ..." after "... the Meeting of the Council
..., which opened this morning" takes the day the session was told with, not the
day of the trip told last."""

from __future__ import annotations

import datetime as _dt
import re

from ..model import DateSpan
from ._dates import find_dates, resolve
from ._recognise import Sentence

__all__ = ["margins_day", "margins_of_new_session", "opened_by_margins", "session_day"]

#: "On the margins of the General Assembly,", "On the sidelines of the Council,"
_MARGINS = re.compile(r"\W*(?:(?:on|at|in)\s+the\s+(?:margins?|sidelines?|fringes?)|"
                      r"(?:with)?in\s+the\s+framework)\s+of\s+"
                      r"(?:the\s+)?(?P<name>[^,.;()]{3,60}?)\s*,", re.I)
#: an occasion named by a common noun of its own ("the debate", "the conference"):
#: its last mention is the occasion meant ("the meeting", "the session" is the
#: event just told, whatever its day)
_OCCASION = re.compile(r"(?:[\w-]+\s+)?(?:debate|conference|forum|summit|congress)", re.I)
#: how far after the session's name its day may be told
_REACH = 200
#: another event named between the session's name and a date: the date is its own
_OTHER = re.compile(r"\b(?:summits?|meetings?|sessions?|visits?|talks|conferences?|forums?|"
                    r"ceremony|dialogue|consultations|preceded|followed|after|before|ahead)\b",
                    re.I)
_STOP = re.compile(r"[.!?](?:\s|$)|\n")


def opened_by_margins(s: Sentence) -> bool:
    """Whether the sentence opens with the margins or framework of a session named
    ("Within the framework of the Summit, ..."): the next sentences go on there."""
    return _MARGINS.match(s.text, s.start, s.end) is not None


#: the proper name a session's name ends on: "(78th session of the) UN General Assembly"
_PROPER_TAIL = re.compile(r"(?-i:(?:[A-Z][\w'’-]*|of|the|and|for|on)\s+)*(?-i:[A-Z][\w'’-]*)$")
#: what follows a session's name in its margins' phrase: its place or its time
_PLACE_TIME_AFTER = re.compile(r"\s+(?:in|at|held|later|earlier|last|this|that|early|late)\s|"
                               r"\s+(?=\d)")
#: how far back a session's name is looked for
_TOLD_REACH = 3000


def margins_of_new_session(s: Sentence) -> bool:
    """Whether the sentence opens with the margins of a session named by a proper name
    of two words or more that the text has not named before ("On the margins of the UN
    General Assembly,"): an occasion of its own, not the one told last (not "of the
    Conference", "of the Brussels meeting", named again by a word)."""
    m = _MARGINS.match(s.text, s.start, s.end)
    # (its place and time after the name: "of the Arctic Council in Tromsø later that year")
    named = _PLACE_TIME_AFTER.split(m.group("name"), 1)[0] if m is not None else ""
    tail = _PROPER_TAIL.search(named) if m is not None else None
    if tail is None:
        return False
    name = re.sub(r"^(?:(?:of|the|and|for|on)\s+)+", "", tail.group(0))
    if sum(w[:1].isupper() for w in name.split()) < 2:
        return False
    return name not in s.text[max(0, s.start - _TOLD_REACH):s.start]


def margins_day(s: Sentence, year: int | None, dateline: object | None) -> DateSpan | None:
    """The day (or month) the session the sentence's margins name was told with:
    its name's last mention before the sentence, and the first date after it in
    that sentence ("the 78th session of the UN General Assembly in New York in
    September", "the Council ..., which opened this morning")."""
    m = _MARGINS.match(s.text, s.start, s.end)
    if m is None:
        return None
    return session_day(s.text, m.group("name"), s.start, year, dateline)


def session_day(text: str, name: str, upto: int, year: int | None,
                dateline: object | None) -> DateSpan | None:
    """The day (or month) the session ``name`` was told with before ``upto``."""
    if name[:1].isupper():
        word = re.compile(re.escape(name))
    elif _OCCASION.fullmatch(name):
        # "On the margins of the debate": the debate's last mention, as a word
        word = re.compile(r"\b" + re.escape(name) + r"\b", re.I)
    else:
        return None  # "the agreement": no occasion of its own
    at = [w.start() for w in word.finditer(text, max(0, upto - 3000), upto)]
    if not at:
        return None
    day = dateline if isinstance(dateline, _dt.date) else None
    for a in reversed(at):
        # the last mention that tells a day; one in a sentence that names no time
        # ("The Summit adopted a declaration.") passes the look to the one before
        found = _mention_day(text, a, a + len(name), year, day)
        if found is False:
            continue
        if isinstance(found, DateSpan) and a != at[-1] and day is not None \
                and (found.start or "") > day.isoformat():
            return None  # ("adopted the Bangkok Vision 2030": a name, not a day)
        return found if isinstance(found, DateSpan) else None
    return None


def _mention_day(text: str, at: int, end_name: int, year: int | None,
                 day: _dt.date | None) -> DateSpan | None | bool:
    """The day a mention of the session tells, False where its sentence names no
    time at all, None where it names the time of something else."""
    stop = _STOP.search(text, end_name, at + len(text[at:end_name]) + _REACH)
    end = stop.start() if stop else min(len(text), end_name + _REACH)
    begin = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    after = find_dates(text, end_name, end)
    for d in after:
        if _OTHER.search(text, end_name, d.start):
            return None  # "The Council preceded the Summit on 2 July": the Summit's day
        r = resolve(d, year, day)
        if r.y1 is not None:
            return DateSpan(*r.iso())
    # "On 11 October, the Forum ... was held in Ashgabat.": the day that opens the
    # sentence naming it
    opening = _OPENING_DAY.match(text, begin, at)
    if opening is not None:
        for d in find_dates(text, begin, opening.end()):
            r = resolve(d, year, day)
            if r.y1 is not None:
                return DateSpan(*r.iso())
    # ("exercised since March 2024": the bound of a span, not a day an occasion took)
    before = [d for d in find_dates(text, begin, at)
              if not _BOUND.search(text, max(begin, d.start - 12), d.start)]
    after = [d for d in after if not _BOUND.search(text, max(begin, d.start - 12), d.start)]
    # "opened yesterday the Third Summit", "handed over on Wednesday the presidency ...
    # at the close of the Summit": the one day told before the name, with no other
    # event between them
    if len(before) == 1 and not after and not _OTHER.search(text, before[0].end, at):
        r = resolve(before[0], year, day)
        if r.y1 is not None:
            return DateSpan(*r.iso())
    return False if not before and not after else None


#: a date that bounds a span ("since March 2024", "until 2030")
_BOUND = re.compile(r"\b(?:since|until|till|from|by)\s+(?:the\s+)?$", re.I)
#: a day that opens a sentence ("On 11 October,", "In March 2024,")
_OPENING_DAY = re.compile(r"\s*(?:On|In)\s+[^,.;]{3,30},")
