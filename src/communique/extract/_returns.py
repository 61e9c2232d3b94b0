"""A visit told by the return from it: "returned on Thursday from a three-day
visit to Angola" dates the visit from the Tuesday to the Thursday, not the
return day alone; so does a visit told by its end ("concluded a three-day visit to
Kenya on 13 March": from 11 to 13 March; "The two-day visit of A ended today": from
yesterday), or going on with its return told after it ("is paying a two-day visit to
Kenya and is due to return home today"), or by its start ("On Monday, 15 January, A
began a two-day visit to Ukraine": from 15 to 16 January, so that "On the second day"
told next is the 16th)."""

from __future__ import annotations

import datetime as dt
import re

from ..model import DateSpan
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["back_from", "began_days", "going_home", "home_cut"]


_RETURN = re.compile(r"\b(?:returned|returns|came back|comes back|arrived back|flew back|"
                     r"(?:is|was) back)\b(?P<mid>[^.;]{0,80}?)\b(?:after|from|following)\s+"
                     r"(?:an?|his|her|their|the)\s+(?P<n>two|three|four|five|six|seven|[2-7])"
                     r"-day\b", re.I)

#: the end of a visit of so many days: "concluded a three-day official visit to",
#: "wrapped up his two-day visit", its day between ("concluded on 9 May a two-day
#: visit", "ended today her three-day visit"), or the leaving at its end ("left Dhaka
#: today at the end of a three-day visit") (the one day of the clause is its last); a
#: post's own, with a word of praise between: "Concluded a productive two-day visit to
#: Uzbekistan today", "Wrapping up my three-day visit"
_ENDED = re.compile(r"\b(?:(?:concluded|concludes|concluding|ended|ends|wrapped up|wraps up|"
                    r"wrapping up|completed|completes|rounded off|wound up|winds up)"
                    r"(?:\s+(?:on\s+|today\b|yesterday\b)[^.;,]{0,30}?)?|(?:left|leaves|"
                    r"departed|departs)\b[^.;,]{0,40}?\bat\s+the\s+(?:end|close|conclusion)"
                    r"\s+of)\s+(?:an?|his|her|their|its|my|our)\s+(?:(?:very\s+)?(?:productive|"
                    r"fruitful|successful|busy|intense|memorable|wonderful|great|excellent|"
                    r"rewarding|substantive|useful|important|historic)\s+)?"
                    r"(?P<n>two|three|four|five|six|seven|[2-7])-day\b", re.I)

#: a visit of so many days as the subject of its end, the sentence opening with it: "The
#: four-day official visit of the Premier of A came to an end today", "His three-day
#: state visit to B ended on Friday" (the one day after the verb is its last)
_NOUN_ENDED = re.compile(r"(?:The|This|His|Her|Their|Its)\s+(?:[\w-]+\s+)?"
                         r"(?P<n>two|three|four|five|six|seven|[2-7])-day\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:visit|trip|stay|tour|mission)\b(?P<mid>[^.;]{0,100}?)\s(?:ended|"
                         r"ends|concluded|concludes|wrapped\s+up|wraps\s+up|came\s+to\s+an\s+end|"
                         r"comes\s+to\s+an\s+end|drew\s+to\s+a\s+close|draws\s+to\s+a\s+close|"
                         r"(?:was|has\s+been)\s+(?:concluded|completed)|finished)\b")

#: a visit of so many days going on, its return told after it with the day: "is paying a
#: two-day working visit to A and is expected to fly home today", "who is on a two-day
#: visit to A, will return home today", "currently on a four-day visit to A, returns
#: home today" (the day is its last)
_RETURN_AFTER = re.compile(r"\b(?P<n>two|three|four|five|six|seven|[2-7])-day\b[^.;]{0,80}?"
                           r"(?:\band|,)\s+(?:(?:(?:is|are)\s+(?:scheduled|due|expected|set)\s+to|"
                           r"will|(?:is|are)\s+to)\s+(?:fly\s+back|fly\s+home|head\s+home|"
                           r"travel\s+back|return)|returns|flies\s+back)\b",
                           re.I)

#: the return's day: the page's ("today", "tonight"), which the visit was dated by
_TODAY = re.compile(r"[^.;]{0,60}?\b(?:today|tonight|this evening|later in the day)\b", re.I)

#: a clause of what was done during the visit: its day is no end of the visit
#: ("concluded a two-day visit to Finland, where she met the President on Tuesday")
_ASIDE = re.compile(r",\s+(?:where|during which|in the course of which)\b", re.I)

#: a dateline's dash between a day and the clause: that day is the page's
_DATELINE_DASH = re.compile(r"\s[-–—]\s")

#: a day told as the first: "which started on", "beginning on", "from"
_STARTED = re.compile(r"\b(?:start\w*|began|begins?|beginning|commenc\w*|from|since|"
                      r"arriv\w*|opened)\b", re.I)

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def back_from(s: Sentence, t: Trigger, dates: list[DateSpan]) -> list[DateSpan]:
    """``dates`` of a visit trigger, with a single day read in the clause of the
    return turned into the span of the visit's days that ended on it."""
    if len(dates) != 1 or dates[0].end is not None or len(dates[0].start or "") != 10:
        return dates
    m = _RETURN.search(s.text, max(s.start, t.start - 160), min(s.end, t.end + 40))
    if m is not None and m.start("n") <= t.start <= m.end() + 30:
        if not any(s.start <= d.start < m.end("mid") for d in s.dates):
            return dates  # the day is not the return's
    elif (m := _RETURN_AFTER.search(s.text, max(s.start, t.start - 60),
                                    min(s.end, t.end + 120))) is not None \
            and t.start <= m.start("n") + 40 and m.start("n") <= t.end:
        if not _TODAY.match(s.text, m.end(), s.end):
            return dates  # (a return on another day: the visit's last day is not known)
    elif (m := _NOUN_ENDED.match(s.text, s.start, s.end)) is not None \
            and m.start("n") <= t.start <= m.end("mid") and t.end <= m.end("mid") + 1:
        days = [d for d in s.dates if m.start() <= d.start < m.end() + 40]
        if len(days) != 1 or days[0].start < m.end():
            return dates  # (a day inside the visit's noun phrase, or none after its end)
    else:
        m = _ENDED.search(s.text, max(s.start, t.start - 60), min(s.end, t.end + 5))
        if m is None or not (m.start() <= t.end and t.start <= m.end() + 30):
            return dates
        aside = _ASIDE.search(s.text, m.end(), min(s.end, m.end() + 80))
        days = [d for d in s.dates if m.start() - 60 <= d.start < (aside.start() if aside
                                                                    else m.end() + 80)
                and not _DATELINE_DASH.search(s.text, d.end, max(d.end, m.start()))]
        if len(days) != 1 or _STARTED.search(s.text, max(s.start, days[0].start - 25),
                                              days[0].start):
            return dates  # ("..., which started on Monday, 10 March": the first day)
    n = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
    last = dt.date.fromisoformat(dates[0].start or "")
    first = last - dt.timedelta(days=n - 1)
    return [DateSpan(first.isoformat(), last.isoformat())]


#: the start of a visit of so many days, its one day the first: "began a two-day visit
#: to", "started on Monday her three-day official visit", "embarked on a four-day tour"
_BEGAN = re.compile(r"\b(?:began|begins|started|starts|commenced|commences|kicked\s+off|"
                    r"kicks\s+off|embarked\s+on|embarks\s+on)(?:\s+(?:on\s+|today\b|"
                    r"yesterday\b)[^.;,]{0,30}?)?\s+(?:an?|his|her|their|its)\s+"
                    r"(?P<n>two|three|four|five|six|seven|[2-7])-day\b", re.I)


def began_days(s: Sentence, t: Trigger, dates: list[DateSpan]) -> list[DateSpan]:
    """``dates`` of a visit trigger, a single day of a clause that tells the visit's
    start ("began a two-day visit") turned into the span of the days from it."""
    if len(dates) != 1 or dates[0].end is not None or len(dates[0].start or "") != 10:
        return dates
    m = _BEGAN.search(s.text, max(s.start, t.start - 60), min(s.end, t.end + 5))
    if m is None or not (m.start() <= t.end and t.start <= m.end() + 30):
        return dates
    aside = _ASIDE.search(s.text, m.end(), min(s.end, m.end() + 80))
    days = [d for d in s.dates if d.start < (aside.start() if aside else m.end() + 80)]
    if len(days) != 1:
        return dates  # (a day in the clause of what was done, or several: not its start)
    n = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
    first = dt.date.fromisoformat(dates[0].start or "")
    return [DateSpan(first.isoformat(), (first + dt.timedelta(days=n - 1)).isoformat())]


#: the traveller's way home told after the visit: "visited A on Saturday and returned to
#: Ankara", "concluded his visit to A, then flew back to Oslo"
_HOMEWARD = re.compile(r"(?:,\s*|\s+)(?:and|then|before|after)\s+(?:then\s+|later\s+)?"
                       r"(?:returned|returning|flew\s+back|came\s+back|headed\s+(?:back|home)|"
                       r"went\s+(?:back|home)|travell?ed\s+back)\b", re.I)


def home_cut(s: Sentence, start: int, end: int) -> int:
    """``end`` of a visit's hosts, cut where the way home is told after them ("visited
    A on Saturday and returned to Ankara": Ankara is no host)."""
    m = _HOMEWARD.search(s.text, start, end)
    return m.start() if m else end


def going_home(traveller: list[str], dest: list[str]) -> bool:
    """Whether a trip whose subject is shared with the verb before it ("concluded his
    visit to A and left for Ankara") goes to where its traveller comes from."""
    return bool(traveller) and bool(dest) and set(dest) <= set(traveller)
