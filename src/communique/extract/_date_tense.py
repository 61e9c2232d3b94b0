"""Which way a date without a year or a day points: a bare weekday in a clause that
looks ahead is the coming one ("On Friday he will be in Bucharest"), a bare month later
than the document's day is last year's ("went to Damascus in December", written in
February). Used by :mod:`._frame_parts`."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from ._dates import _WEEKDAYS, DateMention

__all__ = ["months_before", "months_before_told", "told_in_full", "told_in_present",
           "weekdays_ahead"]


#: a weekend told without a date ("over the weekend"): in a clause that looks ahead,
#: the coming one
_WEEKEND = frozenset({"over the weekend", "during the weekend"})

#: a clause that tells what is to come: its bare weekday is the next one
#: the modal "will", not the first name ("High Commissioner Will Robinson met ... on
#: Monday"): a capitalised "Will" before a capitalised word is a name, unless that word
#: is a verb, as in a title-case headline ("Minister Will Visit Kenya on Monday")
_WILL = (r"(?:(?-i:will|WILL)|(?-i:Will)(?!\s+(?!(?i:visit|meet|travel|attend|hold|host|sign|"
         r"receive|lead|head|pay|be|take|open|chair|co-chair|address|participate|deliver|"
         r"discuss|join|make|launch|start|begin|go|return|tour|represent|speak|call|have|"
         r"welcome|embark|present|undertake|conduct|review|leave|arrive|fly|hold|continue)\b)"
         r"(?-i:[A-Z])[a-z]))")
_AHEAD = re.compile(r"\b(?:" + _WILL + r"|shall|"
                    r"(?:is|are) (?:due |scheduled |expected |set )?to)\b", re.I)


def weekdays_ahead(text: str, start: int, end: int, dms: list[DateMention],
                   dateline: _dt.date | None) -> list[DateMention]:
    """``dms`` with a bare weekday ("On Friday ... will be in Bucharest", "travels to
    Nairobi on Wednesday") resolved forward from ``dateline`` when ``text[start:end]``
    looks ahead or is told in the present; unchanged otherwise. ("last Friday" stays
    behind.)"""
    # ("The State Secretary travels to Nairobi on Wednesday": a clause in the present,
    # with no verb of the past, looks ahead too)
    present = _trip_in_present(text, start, end)
    if dateline is None or not any(d.relative in _WEEKDAYS or (d.relative or "")[3:] in _WEEKDAYS
                                   or d.relative in _WEEKEND for d in dms) \
            or not (present or _AHEAD.search(text, start, end)):
        return dms
    out = []
    for d in dms:
        rel = (d.relative or "").removeprefix("on ")
        if (rel in _WEEKDAYS or rel in _WEEKEND) and (
                (present and not _BEHIND.search(text, max(0, d.start - 90), d.start))
                or _ahead_near(text, max(start, d.start - 120), min(end, d.end + 60), d)):
            wd = _WEEKDAYS.get(rel, 5)  # a weekend: the coming Saturday and Sunday
            day = dateline + _dt.timedelta(days=(wd - dateline.weekday()) % 7)
            d = replace(d, y1=day.year, m1=day.month, d1=day.day, relative=None)
            if rel in _WEEKEND:
                sun = day + _dt.timedelta(days=1)
                d = replace(d, y2=sun.year, m2=sun.month, d2=sun.day)
        out.append(d)
    return out


#: a journey or an occasion told in the present ("travels to Nairobi on Wednesday",
#: "On Thursday the Minister heads to Addis Ababa, where she meets ...")
_TRIP_PRESENT = re.compile(r"\b(?:travels|heads|leaves|flies|goes|visits|pays|meets|holds|"
                           r"attends|departs|arrives|receives|hosts)\b")
#: a weekday told as behind: "since Tuesday", "following the earthquakes on Monday"
_BEHIND = re.compile(r"\b(?:since|following|after|last|past|earlier|from)\s[^.;,]{0,80}$", re.I)


def _trip_in_present(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` tells a journey or an occasion in
    the present, with no verb of the past ("The Minister visits Stockholm on Friday for
    talks with ...": its Friday is the coming one)."""
    a = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start), -1) + 1
    stops = [i for i in (text.find("\n", end), text.find(". ", end)) if i >= 0]
    b = min(stops) if stops else len(text)
    return _TRIP_PRESENT.search(text, a, b) is not None and _PAST.search(text, a, b) is None


#: a sentence that looks ahead: a later month in it is a coming one
_LOOKS_AHEAD = re.compile(r"\b(?:" + _WILL + r"|shall|would|agreed to|to be|(?:is|are) to|"
                          r"plan(?:s|ned)?|"
                          r"scheduled|upcoming|forthcoming|next|due|expected|invit\w+)\b", re.I)


def months_before(text: str, start: int, end: int, dms: list[DateMention],
                  latest: tuple[int, int, int]) -> list[DateMention]:
    """Dates without a year that would fall after the document's day, in the year
    before ("went to Damascus in December", written in February): a month named
    bare is the last one of that name; none when ``text[start:end]`` looks ahead."""
    later = [d for d in dms if d.y1 is None and d.m1 is not None and not d.relative
             and (latest[0], d.m1, d.d1 or 1) > latest]
    if not later or _LOOKS_AHEAD.search(text, start, end) or told_in_present(text, start, end):
        return []
    return [replace(d, y1=latest[0] - 1,
                    y2=(latest[0] - 1 if d.m2 is None or d.m2 >= (d.m1 or 1) else latest[0])
                    if d.has_end else None) for d in later]


#: a verb of the present: "pays a visit", "runs from", "takes place", "is in Tokyo"
_PRESENT = re.compile(r"\b(?:is|are|am|runs|takes\s+place|begins|starts|opens|travels|pays|"
                      r"visits|heads|leaves|arrives|meets|holds|attends|goes|flies|lasts)\b",
                      re.I)
#: a verb of the past or a perfect: the sentence tells what was done
_PAST = re.compile(r"\b(?:was|were|had|has|have|did|met|held|went|came|paid|made|took|flew|"
                   r"left|spoke|began|sat|led|gave|(?!(?:indeed|need|proceed|exceed|succeed)\b)"
                   r"(?-i:[a-z]{2,}ed))\b", re.I)


def told_in_present(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is told in the present, with no verb of the past:
    "The Minister pays a visit to Kenya from 17 to 20 March" written on 16 March is
    this year's March, not last year's."""
    return _PRESENT.search(text, start, end) is not None \
        and _PAST.search(text, start, end) is None


def not_after_latest(text: str, start: int, end: int, ds: list[DateMention],
                     raw: list[DateMention], ahead: list[DateMention],
                     latest: tuple[int, int, int],
                     dateline: tuple[tuple[int, int], ...]) -> list[DateMention]:
    """``ds`` without the dates after the document's day ``latest`` ("met on Monday to
    prepare the review due in 2026"); a weekday read ahead stays. When only the day
    of a news dateline is left ("Accra, 15 January 2024 - The Minister met A in
    December"), or nothing, a month named bare after that day is last year's (see
    :func:`months_before`)."""
    kept = [d for d in ds if (d.y1 or 0, d.m1 or 1, d.d1 or 1) <= latest
            or (d in ahead and d not in raw)]
    if kept and any((d.start, d.end) not in dateline for d in kept):
        return kept
    return months_before(text, start, end, raw, latest) or kept


def told_in_full(text: str, day: _dt.date) -> bool:
    """Whether the text writes ``day`` with its year ("14 January 2025", "January 14,
    2025"): a document's own date, not an event's day found without one."""
    month = day.strftime("%B")
    return re.search(rf"\b(?:{day.day}(?i:st|nd|rd|th)?\s+{month}|{month}\s+{day.day}"
                     rf"(?i:st|nd|rd|th)?,?)\s+{day.year}\b", text[:3000]) is not None


def months_before_told(text: str, start: int, end: int, ds: list[DateMention],
                       raw: list[DateMention], told: tuple[int, int, int]) -> list[DateMention]:
    """``ds`` (read with the document's year) with those written without a year that
    fall after ``told``, the day of the text's own dateline when only the year is
    given, moved to the year before, as :func:`months_before` does against the
    document's day ("went to Damascus in December" under "Accra, 14 February")."""
    back = {d.start: d for d in months_before(text, start, end, raw, told)}
    return [back.get(d.start, d) if d.y1 == told[0] else d for d in ds]


#: what opens another clause between a weekday and a later word that looks ahead:
#: "on Thursday signed an agreement that officials say will ...", "met on Thursday,
#: and the two agreed that ...", "received the Ambassador, who will leave ..."
_OTHER_CLAUSE = re.compile(r"\b(?:that|which|who|whom|whose)\b|,\s+(?:and|but|while|where|"
                           r"when)\b|;", re.I)


def _ahead_near(text: str, a: int, b: int, d: DateMention) -> bool:
    """Whether a word that looks ahead is near ``d`` in its clause (no ";" between,
    and, after the weekday, no other clause opened between them)."""
    quotes = _quoted(text, d)
    return any(";" not in text[min(m.start(), d.start):max(m.end(), d.end)]
               and not any(q0 <= m.start() < q1 for q0, q1 in quotes)
               and (not _OTHER_CLAUSE.search(text, d.end, m.start()) if m.start() > d.start
                    else not _in_aside(text, a, m.start(), m.end(), d.start))
               for m in _AHEAD.finditer(text, a, b))


#: a quotation: "“Trade will grow”, the Minister said on Tuesday after talks with ..."
_QUOTE = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»|„[^“”\n]*[“”]")


def _quoted(text: str, d: DateMention) -> list[tuple[int, int]]:
    """The quotations of the paragraph of ``d`` that do not hold it: a future word in
    one is what was said, not when the weekday falls."""
    a = text.rfind("\n", 0, d.start) + 1
    b = text.find("\n", d.end)
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text, a, b if b >= 0 else len(text))
            if not m.start() <= d.start < m.end()]


#: a relative clause set off by commas: "The Minister, who will visit Paris next month,"
_ASIDE_OPEN = re.compile(r",\s*(?:who|which|whose)\b[^,;]*$", re.I)


def _in_aside(text: str, a: int, m_start: int, m_end: int, d_start: int) -> bool:
    """Whether the future word at ``m_start`` sits in a relative clause between
    commas that closes before the weekday: "The Minister, who will visit Paris next
    month, spoke ... on Monday" (the Monday is past)."""
    return bool(_ASIDE_OPEN.search(text, a, m_start)) and "," in text[m_end:d_start]
