"""Parts of a sentence whose dates belong to another occasion than its events'.

"..., twelve years after the first meeting of the mechanism, held in Luanda in
2013, and signed ..." names an earlier session only as a point of reference;
"X, who arrived in Bamako on Wednesday evening, was received by ..." tells an
arrival in passing: its day dates the visit, not the reception, and is not the
day the next sentences go on telling (see :mod:`communique.extract._frame_parts`
and :mod:`communique.extract._document`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._dates import DateMention
from ._gate import Gated

__all__ = ["arrivals_in_passing", "occasion_after_arrival", "other_occasions",
           "term_of_document"]

#: an earlier occasion of the same series, named as a point of reference, and where
#: it was held: "twelve years after the first meeting of the mechanism, held in Luanda
#: in 2013", "since the previous session, held in Accra"
_EARLIER_HELD = Gated(re.compile(
    r"\b(?:after|since|recall(?:ed|ing)?|than at)\s+(?:the|its|their)\s+(?:first|second|third|"
    r"previous|last|earlier|preceding|prior|inaugural)\s+(?:[\w–-]+\s+){0,3}?"
    r"(?:meeting|session|round|visit|edition|summit|sitting)s?\b(?:\s+of\s+[^,;.]{1,80})?"
    r",\s+(?:which\s+was\s+|that\s+was\s+)?held\b", re.I))
#: a numbered sitting of a body (its noun phrase up to the clause's comma): "the First
#: Joint Commission between the two countries", "the 3rd session of the Joint Commission"
_ROUND_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
    r"|inaugural)\s+(?:[\w-]+\s+){0,3}?(?:session|meeting|round|commission|edition|summit|"
    r"forum|dialogue|conference)\b[^,;.]{0,80}$", re.I)
#: the verb by which a sitting is "launched" on its first day
_LAUNCHED = re.compile(r"\blaunched\s+$", re.I)


def _launched_round(text: str, start: int, made_start: int, made_end: int) -> bool:
    """A numbered sitting ``launched`` on its day ("the First Joint Commission ..., which
    was launched on 6 May"): the day it opened, not the day a body was made."""
    return (_LAUNCHED.search(text, made_start, made_end) is not None
            and _ROUND_BEFORE.search(text, max(start, made_start - 120), made_start) is not None)


#: an arrival told in a relative clause between commas ("X, who arrived in Bamako on
#: Wednesday evening, was welcomed ...")
_ARRIVAL = re.compile(r", who (?:had |has )?(?:arrived|landed|flew in)\b[^,;.]{0,160},")
#: the main clause dates itself by the arrival: "on the day of his arrival", "upon arrival"
_ON_ARRIVAL = Gated(re.compile(
    r"\b(?:on|upon|the day of|the evening of)\s+(?:(?:his|her|their|its)\s+)?arrival\b", re.I))
_STOP = re.compile(r"[,;]")
#: the verbs that make a document or a body ("signed", "set up"); the words for them
#: are in ``_MADE`` and ``_DOCUMENT`` below
_MADE_VERB = (r"(?:signed|concluded|established|adopted|set\s+up|created|launched|ratified|"
              r"initiall?ed|agreed(?:\s+upon)?|reached)")
#: a document or a body named with when it was made, which dates it and not the events
#: of the sentence: set off by a comma (", signed in 2003", ", first concluded in 1998",
#: ", established during the state visit ... in December 2023"), or right after the
#: document's noun ("the roadmap adopted in May 2022", "the agreement (CEPA) the two
#: countries concluded last year", "the treaty that both sides signed in 2019", a quoted
#: title "'Agreement on Visas' which was signed in May 2020"); a time
#: or a preposition must follow the verb, so that a second verb of the subject with
#: its object (", signed a protocol on Tuesday") is no such clause
_MADE = Gated(re.compile(
    r"(?:,\s+(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:first\s+|originally\s+|"
    r"jointly\s+)?(?=" + _MADE_VERB + r")"
    r"|\b(?:agreements?|treaty|treaties|accords?|memorand(?:um|a)|protocols?|partnership|"
    r"roadmap|road\s+map|declaration|convention|deal|arrangement|plan|programme|program|"
    r"charter|committee|commission|mechanism|framework|\)|['’”\"])\s+(?:(?:that|which)\s+"
    r"(?:(?:was|were|had\s+been)\s+(?=" + _MADE_VERB + r"))?)?"
    r"(?:(?:the\s+two\s+(?:countries|sides|governments|nations|leaders|ministers|parties)|"
    r"both\s+(?:countries|sides|governments|parties)|they|we)\s+(?:had\s+|have\s+)?)?"
    r"(?=" + _MADE_VERB + r"))"
    + _MADE_VERB + r"\s+(?=(?:in|on|at|during|last|back|by|between|under|earlier|when|"
    r"following|after)\b)", re.I))


def arrivals_in_passing(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of arrivals told in passing in ``text[start:end]``."""
    if ", who " not in text[start:end] or _ON_ARRIVAL.search(text, start, end):
        return []
    return [(m.start(), m.end()) for m in _ARRIVAL.finditer(text, start, end)]


#: the day a stay began, told in a clause of its noun ("during a two-day working visit
#: that began on Wednesday", "her stay in Norway, which started on Monday"): the visit's first day,
#: not the day of what the sentence tells was done during it
_STAY_BEGAN = Gated(re.compile(
    r"\b(?:visit|stay|trip|tour|mission|journey)\b(?:\s+[\w-]+){0,3}?,?\s+"
    r"(?:that|which)\s+"
    r"(?:had\s+)?(?:began|begun|started|opened|commenced)\b", re.I))


#: the tour a visit is one leg of: "as part of a tour", "the second leg of her Asian trip"
_PART_OF = re.compile(r"\b(?:part|leg|stage|stop)\s+of\s+(?:a|an|the|his|her|their|its)\s+"
                      r"(?:[\w-]+\s+){0,3}$", re.I)


def other_occasions(text: str, start: int, end: int, at: int,
                    times: Sequence[DateMention] = (),
                    kind: str = "", year: int | None = None) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` whose dates are not those of the event told
    at ``at``: an earlier session named for reference, an arrival in passing, a
    document or body named with when it was made (unless the event is told inside
    them). ``times`` are the sentence's time expressions: a document's
    clause with no comma to end it ends with its first one; the day a stay began is
    not that of an event of ``kind`` other than the visit."""
    out = arrivals_in_passing(text, start, end)
    for began in _STAY_BEGAN.finditer(text, start, end):
        # (a visit that is one leg of a tour begun earlier is not dated by the tour's
        # first day: "started a visit to A as part of a tour that began on 5 June")
        if kind != "visit" or _PART_OF.search(text, max(start, began.start() - 60),
                                              began.start()):
            stop = _STOP.search(text, began.end(), end)
            out.append((began.start(), stop.start() if stop else end))
    for made in _MADE.finditer(text, start, end):
        if _launched_round(text, start, made.start(), made.end()):
            continue
        stop = _STOP.search(text, made.end(), end)
        b = stop.start() if stop else end
        if text[made.start()] != ",":
            b = min([d.end for d in times if d.start >= made.end()] + [b])
        out.append((made.start(), b))
    # ("My 3rd visit to Kyiv this year": the year of the count, not the visit's date)
    if "year" in text[start:end]:
        out += [(m.start(1), m.end(1)) for m in _COUNT_THIS_YEAR.finditer(text, start, end)]
    # ("signed a memorandum, which adds 5 million euros this year": what the text does)
    for m in _WHAT_IT_DOES.finditer(text, start, end):
        semi = text.find(";", m.end(), end)
        out.append((m.start(), semi if semi >= 0 else end))
    if "anniversar" in text[start:end]:
        out += _anniversary_origins(text, start, end, times, year)
    if "held" in text[start:end]:
        held = _EARLIER_HELD.search(text, start, end)
        if held is not None:
            stop = _STOP.search(text, held.end(), end)
            out.append((held.start(), stop.start() if stop else end))
    return [(a, b) for a, b in out if not a <= at < b]


#: what an anniversary counts from: "coincided with the 25th anniversary of Chile's entry
#: into the OECD in 1997", "on the 30th anniversary of the relations of 1992"
_ANNIVERSARY = re.compile(r"\banniversar(?:y|ies)\s+of\b", re.I)


def _anniversary_origins(text: str, start: int, end: int, times: Sequence[DateMention],
                         year: int | None = None) -> list[tuple[int, int]]:
    """The spans from an anniversary's "of" to the year it counts from: a year or a
    month of a year (a day in full may be the day of the celebration itself: "the
    75th anniversary of the Republic on 1 October 2024"), at least two years before
    the text's ``year`` (not "on the anniversary of relations in November 2023" told in
    2024), and the years listed after it ("the treaties of 1972 and 1982"). The
    anniversary's noun phrase ends where it is told marked ("was marked in 2023": the
    celebration's year), not at a verb of its own ("relations that were established in")."""
    out = []
    for m in _ANNIVERSARY.finditer(text, start, end):
        stop = _SENTENCE_PART.search(text, m.end(), end)
        b = stop.start() if stop else end
        found = [d for d in times if m.end() <= d.start < b and d.y1 is not None
                 and d.d1 is None and (year is None or d.y1 <= year - 2)]
        if not found:
            continue
        last = found[0]
        for d in found[1:]:
            if not _LISTED_YEAR.fullmatch(text, last.end, d.start):
                break
            last = d
        out.append((m.start(), last.end))
    return out


_SENTENCE_PART = re.compile(r"[;:]|,\s+(?:and\s+)?(?:where|during|while|when|he|she|they)\b|"
                            r"\b(?:was|were|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
                            r"(?:marked|celebrated|commemorated|observed|honou?red)\b")
#: what joins the years of a list: "of 1972 and 1982", "of 1972, 1982 and 1992"
_LISTED_YEAR = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)


#: the year an ordinal counts trips in: "My 3rd visit to Kyiv this year", "her second
#: trip to the region this year" (the trip is the post's day; the year is the count's)
_COUNT_THIS_YEAR = re.compile(
    r"\b(?:my|his|her|our|their|the)\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth)\s+(?:official\s+|working\s+)?(?:visit|trip|time)\s+"
    r"(?:to|in)\s+[^.;,!?]{1,40}?\b(this\s+year)\b", re.I)


#: a relative clause that says what a text or an event does, in the present: its time
#: is the text's ("..., which adds another 5 million euros this year", "...,
#: which covers the academic year 2024"), not the day of the event it follows
_WHAT_IT_DOES = Gated(re.compile(
    r",\s+which\s+(?:also\s+)?(?:adds|provides|allocates|brings|covers|"
                           r"grants|commits|earmarks|funds|finances|extends|runs|doubles|"
                           r"raises|includes|establishes|creates|regulates|governs|updates|"
                           r"replaces|amends)\b", re.I))


#: the years a document runs for, named after "for": "a Statement of Partnership for
#: 2025–2028", "for the period 2025 to 2027", "for the years 2025-2029"
_TERM = re.compile(r"\bfor\s+(?:the\s+(?:period|years)\s+(?:of\s+|from\s+)?)?"
                   r"(\d{4})\s*(?:[–-]|to)\s*(\d{2,4})\b", re.I)


#: the one year a programme or plan runs for: "signed a cooperation programme between
#: the two ministries for 2020", "a plan of consultations for the year 2025"
_ONE_YEAR = Gated(re.compile(r"\b(?:programmes?|programs?|plans?|roadmaps?|road maps?|calendars?|"
                       r"schedules?|agendas?)\b[^.;:!?]{0,80}?\bfor\s+(?:the\s+year\s+)?"
                       r"(\d{4})\b(?!\s*(?:[–-]|to)\s*\d)", re.I))


def term_of_document(text: str, start: int, end: int) -> bool:
    """The year mentioned at ``start``-``end`` is one end of the years a document
    runs for, or the one year it runs for, not the time of an event (see above)."""
    if not text[start:start + 1].isdigit():
        return False
    if any(m.start(1) <= start and end <= m.end(2)
           for m in _TERM.finditer(text, max(0, start - 40), min(len(text), end + 12))):
        return True
    return any(m.start(1) == start and end == m.end(1)
               for m in _ONE_YEAR.finditer(text, max(0, start - 130), min(len(text), end)))


#: an arrival told with the occasion it came for and that occasion's own day: "arrived
#: in Lusaka on Wednesday ahead of the session, which took place on Thursday"
_ARRIVED_FOR = re.compile(
    r"\b(?:arrived|landed|flew\s+in)\b[^.;]{0,120}?\b(?:ahead\s+of|for|to\s+attend|"
    r"to\s+take\s+part\s+in|to\s+co-?chair)\s+(?:the|a)\b[^.;]{0,80}?,\s+which\s+"
    r"(?:took\s+place|was\s+held|were\s+held|opened|sat|met|convened)\s+(?=on\b)", re.I)


def occasion_after_arrival(text: str, start: int, end: int,
                           dates: Sequence[DateMention]) -> DateMention | None:
    """The day of the occasion an arrival in ``text[start:end]`` came for, told in
    the occasion's own clause (see above): the day the next sentences go on with."""
    if "which" not in text[start:end]:
        return None
    m = _ARRIVED_FOR.search(text, start, end)
    return next((d for d in dates if m is not None and m.end() <= d.start < m.end() + 8),
                None)
