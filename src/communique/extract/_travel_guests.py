"""The guests of a plural visit and the day written beside each ("visits to Serbia by the
foreign ministers of A (February) and B (May)", "visits to Norway included those of the
President of C (March), ..."): read for :func:`communique.extract._frames_travel.travel`
(moved out of it to keep it small), and the day beside a counterpart for the symmetric
frames too."""

from __future__ import annotations

import re

from ..model import DateSpan
from ._dates import DateMention
from ._frame_dates import _resolved
from ._frame_parts import Context
from ._recognise import Ent, Sentence
from ._stops_listed import day_fronted

__all__ = ["BY_AFTER", "GUEST_OF", "date_beside", "guests_listed", "more_beside"]

#: between two guests of a list, each named with a title and a name: " President A
#: and ", " of Chile, and Prime Minister B of "
#: (also with the guest's month between brackets: "of Kenya (March), the Prime Minister of")
#: (or added: ", as well as the President of C")
_GUEST_GAP = re.compile(r"(?:\s+(?-i:[A-Z])[\w.'’-]*){0,5}(?:\s*\([^()]{1,40}\))?"
                        r"\s*(?:,\s*and|,?\s+as\s+well\s+as|,|and)\s+(?:the\s+)?"
                        r"(?:(?-i:[A-Z])[\w.'’-]*\s+){0,5}(?:of\s+(?:the\s+)?)?")


def guests_listed(s: Sentence, guests: list[Ent], ents: list[Ent]) -> list[Ent]:
    """The guests of a plural visit: those coordinated, then each next one named
    after the last one's title and name ("Chinese President A and US President B")."""
    out = list(guests)
    for e in sorted(ents, key=lambda x: x.start):
        if not out or e.start < out[-1].end:
            continue
        if _GUEST_GAP.fullmatch(s.text, out[-1].end, e.start) is None:
            break
        out.append(e)
    return out


#: ("visits to Norway included those of the President of A (March), ...": the guests
#: listed after the plural visits' place by "included those of", "were those of")
#: (the year or its part told between: "visits to Latvia in 2023 included those of",
#: "who came to Riga this year were those of")
#: (or the guests' plural titles right after the verb: "Among those who paid visits to
#: Sofia were the foreign ministers of A, B and C")
BY_AFTER = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:\s(?:(?:in|during|over)\s+(?:\d{4}|the\s+"
                      r"(?:(?:first|second)\s+half\s+of\s+the\s+)?year)|(?:this|last)\s+year)"
                      r"(?=[\s,]))?"
                      # (or after a colon: "two leaders' visits to Australia: the Prime
                      # Minister of A (January) and the President of B (July)")
                      r"(?:(?:\s+(?:took\s+place|were\s+(?:made|paid|received)))?:(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?-i:President|Prime|Minister|"
                      r"King|Queen|Emir|Chancellor|Premier|Sultan|Crown|Vice|Deputy|Foreign)\b)|"
                      r",?\s+(?:by|(?:(?:have\s+|has\s+)?"
                      r"included|include|includes|were|comprised)\s+(?:(?:those|the\s+ones)\s+of|"
                      r"(?=(?:the\s+)?(?:[\w-]+\s+){0,2}?(?i:ministers|presidents|heads|leaders|"
                      r"premiers|kings|monarchs|chancellors|secretaries|counterparts)\b))))"
                      r"\s*(?:the\s+)?")
#: after a visit's place, its day and then its guest: " on 11 March of the Minister"
GUEST_OF = re.compile(
    r"(?:\s+(?:on|in)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December|\d{4})(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
    r"(?:,?\s+\d{4})?)?\s+of\s+(?:the\s+)?(?=(?:[A-Z][\w-]+\s+){0,3}?(?:Minister|President|"
    r"Prime|Foreign|Secretary|King|Queen|Emir|Chancellor|Speaker|Deputy|Vice|Crown|Premier)\b)")



def date_beside(s: Sentence, ents: list[Ent], code: str, ctx: Context) -> DateSpan | None:
    """The date written right after a counterpart's name (within 40 characters; 70
    with nothing set off between: "with Ukrainian Foreign Minister A by phone on 8
    May and with ...", the name and the medium after the side's adjective); else a day
    told right before the counterpart ("... on 6 May, and on 7 May to Prague")."""
    at = next((e for e in ents if e.code == code), None)
    if at is None:
        return None
    days = _resolved(s.dates, ctx)
    got = _told_after(s, ents, days, at.end)
    if got is not None:
        return got
    pos = at.end
    while (then := min((e for e in ents if e.start >= pos), key=lambda e: e.start,
                       default=None)) is not None \
            and _SHARED_GAP.fullmatch(s.text, pos, then.start) is not None:
        # "Lithuania and Latvia (January)", "Senegal, Mali and Niger (November)": the
        # month in the brackets of the next partners' last is theirs all
        if (b := _BRACKETS.match(s.text, then.end)) is not None:
            if _COUNT_IN.search(b.group(1)):
                break  # ("A and B (twice: May and June)": B's own count and months)
            got = _told_after(s, ents, days, then.end)
            if got is not None:
                return got
            break
        pos = then.end
    own = day_fronted(s, at.start, days)
    if own is None:
        return None
    # ("with A in September, with B and C in October": B's item is dated after C, not
    # by the item before it)
    pos = at.end
    while (nxt := min((e for e in ents if e.start >= pos), key=lambda e: e.start,
                      default=None)) is not None and _COORD.fullmatch(s.text, pos, nxt.start):
        pos = nxt.end
        if (got := _told_after(s, ents, days, pos)) is not None:
            return got
    return DateSpan(*own.iso())


def more_beside(s: Sentence, ents: list[Ent], code: str, ctx: Context) -> list[DateSpan]:
    """The further months listed in the brackets right after a counterpart, each an
    occasion of its own after the first, which :func:`date_beside` gives ("Ukraine
    (twice: May and September)", "Sweden (February, November)"); none for days ("(4
    and 5 May)": one stay) or a span."""
    at = next((e for e in ents if e.code == code), None)
    m = _BRACKETS.match(s.text, at.end) if at is not None else None
    if m is None:
        return []
    days = [d for d in _resolved(s.dates, ctx) if m.start(1) <= d.start < m.end(1)]
    if len(days) < 2 or any(d.d1 is not None or d.has_end for d in days):
        return []
    return list(dict.fromkeys(DateSpan(*d.iso()) for d in days))[1:]


#: a partner's brackets right after its name: " (twice: May and September)"
_BRACKETS = re.compile(r"\s*\(([^()\n]{1,60})\)")
#: a count in those brackets: the partner's own occasions, not shared
_COUNT_IN = re.compile(r"\b(?:twice|thrice|times|visits|trips|calls|rounds)\b", re.I)
#: two partners listed, the second's brackets telling both: " and ", ", "
_SHARED_GAP = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:the\s+)?")


def _told_after(s: Sentence, ents: list[Ent], days: list[DateMention],
                pos: int) -> DateSpan | None:
    """The date written right after a counterpart ending at ``pos`` (see
    :func:`date_beside`)."""
    for d in days:
        if pos <= d.start <= pos + 70 and not any(pos <= e.start < d.start for e in ents) \
                and (d.start <= pos + 40 or not _SET_OFF.search(s.text, pos, d.start)) \
                and ";" not in s.text[pos:d.start] \
                and not ((_NEXT_OPENS.fullmatch(s.text, pos, d.start)
                          or _NEXT_JOIN.fullmatch(s.text, pos, d.start)
                          and _PREP_DAY.match(s.text, d.start, d.end))
                         and _WITH_NEXT.match(s.text, d.end)):  # (the next item's: "A; 6 May - B")
            return DateSpan(*d.iso())
    return None


#: a date opening the next item of a list, not told of the partner before it: "with A
#: and B, and in May with C" (the gap, then what follows the date)
_NEXT_OPENS = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:in|on|during)\s+")
#: ... or its day told with its preposition ("A and on Tuesday B": "on Tuesday" one date)
_NEXT_JOIN = re.compile(r"\s*(?:,\s*and|,|and)\s+")
_PREP_DAY = re.compile(r"(?:in|on|during)\s", re.I)
#: (", and in December, to B"; or the next partner by title: "met on Monday A and on Tuesday
#: the Ambassador of B")
_WITH_NEXT = re.compile(r",?\s+(?:with|to)\s|\s+(?:the|his|her|their)\s+(?:(?-i:[A-Z])|"
                        r"counterparts?\b|colleagues?\b)", re.I)
#: two partners coordinated, sharing what is told after the second: " and "
_COORD = re.compile(r"\s+and\s+(?:with\s+)?(?:the\s+)?")
#: what ends a counterpart's phrase before a date further on
_SET_OFF = re.compile(r"[,;:()]|\s(?:and|as well as|while|after|before|during|where)\s")
