"""Clauses about the place, event or day just named. A where-clause inside a
list of destinations ("visited Japan in May, where two memoranda were signed,
and Canada in June") tells what happened at the place before it, and the list
goes on after it; ", on the margins of which ..." tells what happened at the
event before it; "On 24 February, the anniversary of ..., " tells what the day
marks; ", who arrived on Monday, ..." tells when the person named did something
else than what the main clause tells."""

from __future__ import annotations

import re

from ._recognise import Ent, Sentence
from ._triggers import Trigger

__all__ = ["in_date_apposition", "of_which", "relative_clauses", "where_aside",
           "where_antecedent", "where_clause_end", "where_host"]


#: a where-clause closed by a comma, and the list going on after it: ", where ...,
#: and the United Kingdom", ", where ..., to Chile"
_ASIDE = re.compile(r",\s+where\b[^;()]{1,160}?(,\s+(?:and\s+|as well as\s+)?(?:also\s+|then\s+)?"
                    r"(?:to\s+|in\s+)?(?:the\s+)?)(?=[A-Z])")

#: the end of a where-clause: its closing comma before "and"/"to", or a semicolon
_ASIDE_END = re.compile(r",\s+(?:and|as well as|to|while|but)\s+|;")

_WHERE = re.compile(r",\s+where\b", re.I)

_PLACES = ("country", "city", "issuer")

#: a place with its own time written after it: "Bolivia in November", "Japan (4 May)"
_DATED = re.compile(r"\s*(?:\(|,\s*)?(?:in|on|from|between)?\s*(?:\d|(?:January|February|"
                    r"March|April|May|June|July|August|September|October|November|December|"
                    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")


def where_aside(s: Sentence, at: int, b: int) -> tuple[int, int, int, int] | None:
    """When a where-clause opens at ``at`` and the list of places goes on after
    it, (clause start, clause end, where the next place starts, the end of that
    part: the next semicolon or ``b``); else None."""
    m = _ASIDE.match(s.text, at, b)
    if m is None or not any(e.start == m.end() and e.kind in _PLACES for e in s.ents):
        return None
    semi = s.text.find(";", m.end(), b)
    return m.start(), m.start(1), m.end(), semi if semi >= 0 else b


def _open_where(s: Sentence, t_start: int) -> re.Match[str] | None:
    """The last "where" before ``t_start`` whose clause is still open there."""
    last = None
    for m in _WHERE.finditer(s.text, s.start, t_start):
        last = m
    if last is None or _ASIDE_END.search(s.text, last.end(), t_start):
        return None
    return last


def where_antecedent(s: Sentence, t_start: int) -> tuple[Ent, int] | None:
    """For a trigger inside a where-clause of a sentence that names several
    places ("to Chile in March and to Bolivia in November, where an agreement was
    signed"; "Japan in May, where two memoranda were signed, and Canada in June"),
    when the clause names no country of its own: the place the clause is about
    (the last one before "where") and the end of the clause."""
    last = _open_where(s, t_start)
    if last is None:
        return None
    end_m = _ASIDE_END.search(s.text, t_start, s.end)
    end = end_m.start() if end_m else s.end
    if any(last.end() <= e.start < end and e.kind in ("country", "adj", "org") for e in s.ents):
        return None  # "where she met the President of Kenya": the clause names its side
    before = [e for e in s.ents if s.start <= e.start and e.end <= last.start()
              and e.kind in _PLACES]
    after = [e for e in s.ents if end <= e.start < s.end and e.kind in _PLACES]
    if not before or len(before) + len(after) < 2:
        return None  # a single place: the clause reads as before
    if not after and not _DATED.match(s.text, before[-1].end):
        return None  # "to Kenya and Uganda, where she signed agreements": both of them
    return before[-1], end


def where_clause_end(s: Sentence, t_start: int) -> int | None:
    """Where the where-clause holding a trigger at ``t_start`` ends, when the list of
    places goes on after it ("visited Chile, where she held talks on the treaty between
    A and Chile, as well as Peru"): the next place is another stop, no side of the
    clause's event; else None."""
    last = _open_where(s, t_start)
    if last is None:
        return None
    end_m = _ASIDE_END.search(s.text, t_start, s.end)
    if end_m is None or end_m.group(0) == ";":
        return None
    nxt = _NEXT_PLACE.match(s.text, end_m.end())
    if nxt is None or not any(e.start == nxt.end() and e.kind in _PLACES for e in s.ents):
        return None
    return end_m.start()


_NEXT_PLACE = re.compile(r"(?:also\s+|then\s+)?(?:to\s+|in\s+)?(?:the\s+)?")


#: a relative clause that tells what happened at the event just named: ", on the
#: margins of which", ", during which", ", at which"
_OF_WHICH = re.compile(r",\s+(?:on\s+the\s+(?:margins|sidelines|fringes)\s+of\s+which|"
                       r"during\s+which|in\s+the\s+course\s+of\s+which|at\s+which)\b", re.I)
_OF_WHICH_END = re.compile(r",\s+(?:and|while|but)\s+|;")


def of_which(s: Sentence, t_start: int) -> tuple[int, int] | None:
    """For a trigger inside a relative clause about the event named before it
    ("the Summit in Beijing from 4 to 6 September, on the margins of which he was
    received by President Xi, and in the Summit in Paris on 4 October"): the start
    of that clause and its end, else None."""
    last = None
    for m in _OF_WHICH.finditer(s.text, s.start, t_start):
        last = m
    if last is None or _OF_WHICH_END.search(s.text, last.end(), t_start):
        return None
    end = _OF_WHICH_END.search(s.text, t_start, s.end)
    return last.start(), end.start() if end else s.end


#: an apposition to a date: "On 24 February, the second anniversary of the invasion, ..."
_DATE_APPOSITION = re.compile(r"\s*,\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:anniversary|day|eve|date|"
                              r"centenary|centennial|birthday|holiday|feast)\b[^,;()]{0,60}?,",
                              re.I)


def in_date_apposition(s: Sentence, e: Ent) -> bool:
    """Whether ``e`` is named in an apposition to a date ("On 24 February, the second
    anniversary of Russia's full-scale invasion, the Prime Minister travelled to
    Kyiv"): what the day marks, not a side of the event."""
    for d in s.dates:
        if d.end <= e.start:
            m = _DATE_APPOSITION.match(s.text, d.end, s.end)
            if m is not None and d.end <= e.start < m.end():
                return True
    return False


#: a relative clause set off by commas: "The Minister, who arrived in Oslo on
#: Monday, met ...", "the summit, which opened on 3 May, ...", "met B, whose visit
#: began on 1 May"
_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which|(?:with|to|by|from)\s+whom)\s", re.I)
_RELATIVE_END = re.compile(r"[,;]")
#: a relative clause that tells when the event before it was held
_HELD_CLAUSE = re.compile(r"(?:(?:was|were|had\s+been)\s+(?:held|organi[sz]ed|hosted|"
                          r"convened)|took\s+place|happened)\b", re.I)
#: an event's noun right before the comma of that clause, or its partner after it
#: ("a meeting with the Ambassador of Chile, which took place on 8 May")
_EVENT_NOUN_END = re.compile(r"\b(?:meetings?|talks|ceremony|session|conversation|call|"
                             r"audience|dinner|lunch|luncheon|breakfast|reception|"
                             r"consultations|discussions?|exchange)"
                             r"(?:\s+(?:with|between)\s+[^,;.()]{1,60})?$", re.I)


def relative_clauses(s: Sentence) -> list[tuple[int, int]]:
    """The relative clauses of ``s`` that are set off by commas and name a date
    of their own, as (start, end): "The Deputy Minister, who has been in Nairobi
    since Monday, on Wednesday signed ...". The clause's date is the time of what
    the clause tells (the stay), not of the main verb's event, and the other way
    round. A comma inside a date ("on May 2, 2024,") does not close the clause."""
    if not s.dates or (s.text.find(", who", s.start, s.end) < 0  # (", whose" too)
                       and s.text.find(", which", s.start, s.end) < 0
                       and s.text.find(" whom ", s.start, s.end) < 0):
        return []  # (", with whom she had spoken on 3 May": the clause's day too)
    out: list[tuple[int, int]] = []
    for m in _RELATIVE.finditer(s.text, s.start, s.end):
        if _HELD_CLAUSE.match(s.text, m.end(), s.end) \
                and _EVENT_NOUN_END.search(s.text, max(s.start, m.start() - 100), m.start()):
            continue  # "at a ceremony, which was held on 8 May": the event's own day
        end = s.end
        for c in _RELATIVE_END.finditer(s.text, m.end(), s.end):
            if not any(d.start <= c.start() < d.end for d in s.dates):
                end = c.start()
                break
        if any(m.end() <= d.start and d.end <= end for d in s.dates):
            out.append((m.start(), end))
    return out


#: a trigger opened by "where" ("Singapore, where he arrived on 3 May")
_WHERE_OPENS = re.compile(r"where\b", re.I)
_BEFORE_WHERE = re.compile(r"\s*,\s*")


def where_host(s: Sentence, t: Trigger, e: Ent) -> bool:
    """Whether ``e`` is the place a trigger opened by "where" is about ("The next stop
    was Singapore, where he arrived on 3 May"): the host, no traveller."""
    return _WHERE_OPENS.match(t.text) is not None and e.kind in _PLACES \
        and _BEFORE_WHERE.fullmatch(s.text, e.end, t.start) is not None
