"""A list of the places of one trip, each with its own time or purpose.

"visits to Spain in January, to Chile in April and to Japan in June", "travelled to
Nairobi for the summit and to Addis Ababa for meetings", "went to Tokyo in May to
attend the session and to Seoul in June": the list repeats its preposition, and what
stands between two places is a time or a purpose. Without the preposition the list
holds when each place has its purpose: "visited Paris for talks on trade and Rome for
a conference". The travel frame (:mod:`communique.extract._frames_travel`) takes every
place of such a list as a host.
"""

from __future__ import annotations

import re

from ..model import DateSpan
from ._dates import DateMention
from ._recognise import Ent, Sentence

__all__ = ["day_fronted", "more_stops", "opening_day"]


def more_stops(s: Sentence, group: list[Ent], ents: list[Ent]) -> list[Ent]:
    """The hosts of a list that repeats its preposition, each with its own time
    (or purpose), or that gives each place a purpose of its own."""
    if not group:
        return group
    bare = not _TO_BEFORE.search(s.text, max(s.start, group[0].start - 12), group[0].start)
    out = list(group)
    for e in sorted(ents, key=lambda x: x.start):
        if e.start < out[-1].end or e.kind not in ("country", "city"):
            continue
        rel = _after_clause(s, out[-1])
        if rel is not None and e.start < rel:
            continue  # (a place the clause names: "Chile, which borders Bolivia, and Peru")
        if rel == e.start and _STOP_END.match(s.text, e.end):
            pass  # ("visited Chile, which has a new government, as well as Peru")
        elif _TIMED_NEXT.fullmatch(s.text, out[-1].end, e.start) \
                and _STOP_END.match(s.text, e.end):
            pass  # ("visited Kenya; in June, Ghana; and in October, Senegal")
        elif bare:
            if not (_BARE_NEXT.fullmatch(s.text, out[-1].end, e.start)
                    and _OWN_PURPOSE.match(s.text, e.end)):
                break
        elif not _NEXT_STOP.fullmatch(s.text, out[-1].end, e.start):
            break
        out.append(e)
    return out


def _after_clause(s: Sentence, last: Ent) -> int | None:
    """Where the next stop starts after a relative clause about stop ``last`` (",
    which has a new government, as well as ", ", whose ..., and also to "); None
    without one, or where the clause ends on a place of a list of its own ("...
    the envoys of Peru, Ecuador, and Bolivia")."""
    m = _RELATIVE_NEXT.match(s.text, last.end, s.end)
    if m is None:
        return None
    tail = [e for e in s.ents if last.end < e.start and e.end <= m.start("comma")]
    if len(tail) >= 2 and tail[-1].end == m.start("comma") \
            and re.fullmatch(r",\s*", s.text[tail[-2].end:tail[-1].start]):
        return None
    return m.end()


_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")
#: a relative clause about the place just named, then "and" or "as well as" and the
#: next place: ", which has a new government, as well as ", ", where she opened an
#: embassy, and then to "
_RELATIVE_NEXT = re.compile(r",\s+(?:which|where|whose)\b[^;()]{1,160}?(?P<comma>),\s*"
                            r"(?:and|as\s+well\s+as)\s+(?:then\s+|later\s+|also\s+|"
                            r"finally\s+)?(?:to\s+)?(?:the\s+)?")
#: the next stop after a semicolon with its own time first and the verb left out: "In
#: March the Minister visited Kenya; in June, Ghana; and in October, Senegal"
_TIMED_NEXT = re.compile(r"(?:\s+(?:in|on)\s+[^,;.()]{1,30}?)?\s*;\s*(?:and\s+)?(?:then\s+)?"
                         r"(?:in|on)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+(?:to\s+)?(?:the\s+)?")
#: ... the stop itself, with no verb of its own after it ("in June, Ghana hosted" is not)
_STOP_END = re.compile(r"\s*(?:[;.,)]|$)|\s+(?:and|in|on|for|to|from)\b")
#: a purpose after a place: "for talks", "for the summit", "to attend the session"
_PURPOSE = (r"(?:\s+(?:for\s+(?:the|a|an|talks|consultations|meetings)\b|to\s+(?:attend|take\s+"
            r"part\s+in|participate\s+in|meet|hold|address|open)\b)[^,;.()]{0,60}?)")
#: what lies between two stops of such a list: " in January, to ", " in April and to "
_NEXT_STOP = re.compile(r"(?:\s+(?:in|on|from|between|at the end of|early in|late in)\s+"
                        r"[^,;.()]{1,30}?)?(?:,\s+where\b[^;()]{1,160}?,)?"
                        # "to Lima for the APEC Leaders' Meeting and to Rio": a purpose
                        + _PURPOSE + r"?"
                        r"\s*,?\s*(?:(?:and|as well as)\s+)?(?:then\s+|later\s+|"
                        r"also\s+|finally\s+)?"
                        # the next stop's own day before it: "and on 7 May to Prague"
                        r"(?:(?:on|in)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+)?to\s+(?:the\s+)?")
#: between two places of a list without its preposition: the first one's purpose,
#: then "and" ("Paris for talks on trade and Rome")
_BARE_NEXT = re.compile(_PURPOSE + r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:then\s+|later\s+|"
                        r"also\s+|finally\s+)?")
#: ... and the next place's own purpose or time after it
_OWN_PURPOSE = re.compile(_PURPOSE + r"|\s+(?:in|on)\s+(?-i:[A-Z0-9])")


#: a stop's own day told before it: "and on 7 May to Prague", "then, on Friday, to Rome";
#: so is a counterpart's: "and, on 6 May, the Foreign Minister of Togo", "; in May, with
#: Peru" (the preposition, then only a title between)
_DAY_LEAD = re.compile(r"\b(?:on|in)\s+$", re.I)
_AND_LEAD = re.compile(r"(?:\band|,)\s+$", re.I)
_RELATIVE_DAY = re.compile(r"(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|"
                           r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)", re.I)
_DAY_TO = re.compile(r",?\s+(?:(?:to|with)\s+)?(?:(?:the|his|her|their)\s+)?"
                     r"(?:(?:(?-i:[A-Z])[\w.-]*|of|for|counterparts?|colleagues?|minister|ministers|ambassador|"
                     r"foreign|prime|deputy|president)\s+){0,6}?(?:of\s+|from\s+)?(?:the\s+)?",
                     re.I)


def day_fronted(s: Sentence, start: int, days: list[DateMention]) -> DateMention | None:
    """The day told right before the stop (or counterpart) at ``start`` with its
    preposition again ("travelled to Warsaw on 6 May, and on 7 May to Prague": Prague's
    is 7 May; "met A on 3 May and, on 6 May, the Foreign Minister of Togo")."""
    for d in days:
        if d.end <= start and _DAY_TO.fullmatch(s.text, d.end, start) \
                and (_DAY_LEAD.search(s.text, max(s.start, d.start - 4), d.start)
                     # a relative day after "and" or a comma: "met A yesterday, and today
                     # the Foreign Secretary of B"
                     or (_RELATIVE_DAY.fullmatch(s.text, d.start, d.end)
                         and _AND_LEAD.search(s.text, max(s.start, d.start - 6), d.start))):
            return d
    return None


def opening_day(s: Sentence, first: Ent, besides: list[DateSpan | None],
                days: list[DateMention], last: Ent | None = None) -> list[DateSpan | None]:
    """``besides`` (each stop's own day, None where it has none) with the first stop's
    day taken from the clause's opening ("In March the Minister visited Kenya; in June,
    Ghana; in October, Senegal"), when two later stops have days of their own and the
    first none (one dated stop at the end dates the whole list: "travelled to A, B and
    C in May"); or when the one later stop ``last`` has its day told before it ("In
    November, he visited Japan, and in December, Korea")."""
    fronted = len(besides) == 2 and besides[1] is not None and last is not None \
        and day_fronted(s, last.start, days) is not None
    if besides[:1] != [None] or not fronted and (
            len(besides) < 3 or sum(b is not None for b in besides[1:]) < 2):
        return besides
    lead = [d for d in days if s.start <= d.start and d.end <= first.start
            and _DAY_LEAD.search(s.text, max(s.start, d.start - 4), d.start)
            and not any(d.end <= e.start < first.start for e in s.ents)]
    return [DateSpan(*lead[-1].iso()), *besides[1:]] if lead else besides

