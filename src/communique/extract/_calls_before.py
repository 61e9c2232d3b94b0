"""Calls told first as a round, then by whom they were with: "On 12 and 13 May, the
Minister held a series of telephone conversations with his counterparts. He discussed
the situation with the Foreign Minister of Poland, ... and the Secretary General of
NATO." The later sentences tell no medium ("discussed ... with", "had discussions
with", "talked to"): their talks are the calls announced before them, not meetings in
person, and are dated by the announcing sentence when they have no day of their own.
Calls told as received ("received congratulatory calls from several leaders",
"messages of congratulation ... during a round of telephone calls") were made by the
others: the caller goes first.

The run of such talks ends at the first event told otherwise: talks in person ("met",
"received", "on the sidelines"), a visit or a signing, or talks with a day of their
own."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import DateSpan, Record
from ._dates import find_dates, resolve
from ._frame_parts import Context
from ._gate import Gated

__all__ = ["calls_told_before"]

#: a round of calls, its partners told as a group or not at all: "a number of phone
#: conversations", "held telephone talks with his counterparts", "a round of telephone
#: calls", "congratulatory calls", "calls of congratulation", "spoke by phone with
#: several colleagues" (a noun in the plural: one call with one partner is told whole;
#: "a series of bilateral talks" names no medium, and so no round of calls)
_CALLS_TOLD = Gated(re.compile(
    r"\b(?:(?:tele)?phone|telephonic|video|congratulatory)\s+(?:[\w-]+\s+){0,2}?(?:calls|"
    r"conversations|talks|contacts|exchanges|discussions|congratulations)\b|\b(?:round|series|number|flurry|"
    r"string|wave|couple)\s+of\s+(?:[\w-]+\s+){0,2}?calls\b|"
    r"\b(?:video|tele)[\s-]?conferences\b|"
    r"\bcalls\s+of\s+(?:congratulations?|condolences?|solidarity|support)\b|"
    r"\b(?:spoke|speaks|talked|talks|conferred|confers)\s+(?:by|over|on)\s+(?:the\s+)?"
    r"(?:tele)?phone\s+with\s+(?:several|a\s+number\s+of|numerous|various|many|a\s+few|"
    r"(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:counterparts|colleagues|ministers))\b", re.I))
#: the calls were made to the issuer's official: "received ... calls", "calls ... from",
#: "calls of congratulation were received"
_RECEIVED = re.compile(r"\b(?:received|receives|took|takes|answered|accepted)\b[^.;]{0,120}?"
                       r"\b(?:calls|conversations)\b|"
                       r"\b(?:calls|congratulations|messages)\s+(?:[\w-]+\s+){0,3}?from\b|"
                       r"\b(?:calls|conversations)\b[^.;]{0,60}?\b(?:was|were|have\s+been|had\s+been)"
                       r"\s+(?:[\w-]+ly\s+)?received\b", re.I)
#: talks that say nothing of how they were held
#: ("Speaking with the Minister of A, ...", "In her exchange with B, ...": one of them)
_TALKED = re.compile(r"\b(?:discuss(?:ed|es)|"
                     r"exchanged\s+(?:[\w-]+\s+){0,2}?(?:views|opinions|ideas)|talked|"
                     r"spoke|speaking|talking|conferred|consulted|"
                     r"(?:held|had|conducted)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:talks|discussions?|conversations?|exchanges?)|"
                     r"(?:in|during)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?"
                     r"(?:talks|discussion|conversation|exchange)\s+with|"
                     r"(?:interlocutors|counterparts)\s+(?:were|included))\b", re.I)
#: talks told as held in person (not the round of calls)
_IN_PERSON = re.compile(r"\b(?:met|meets?|meeting|receiv\w*|hosted|hosts|visit\w*|audience|"
                        r"called\s+on|welcom\w*|in[- ]person|face[- ]to[- ]face|sidelines|"
                        r"margins|arriv\w*|while\s+in|in\s+the\s+capital|lunch|dinner|"
                        r"breakfast)\b", re.I)
_SENTENCE_START = re.compile(r"[.!?]\s+(?=\S)|\n")
#: how far after the round (characters) its talks may be told
_REACH = 1200
#: the events that end the run (a call goes on with it; others are no talks)
_ENDS = frozenset({"visit", "consultation", "commission", "agreement"})


def calls_told_before(records: Iterable[Record], text: str,
                      ctx: Context | None) -> Iterator[Record]:
    """The records, a meeting told without a medium after a round of calls retyped a
    call of that round (see the module's docstring)."""
    recs = list(records)
    rounds = list(_CALLS_TOLD.finditer(text)) if any(
        r.type in ("meeting", "call") for r in recs) else []
    done: set[int] = set()
    for m in reversed(rounds):  # (the nearest round before a record tells it)
        a, b = _sentence(text, m.start(), m.end())
        day = _day(text, a, b, ctx)
        received = _RECEIVED.search(text, a, b) is not None
        for i, r in sorted(((i, r) for i, r in enumerate(recs) if r.source is not None
                            and b <= r.source.start <= b + _REACH),
                           key=lambda x: x[1].source.start):  # type: ignore[union-attr]
            src = r.source
            assert src is not None
            if i in done:
                continue
            if r.type in _ENDS:
                break
            own = bool(find_dates(src.text))
            if r.type == "call":
                if own:
                    continue  # a call of its own day, told in the run
            elif r.type != "meeting":
                continue
            elif own or _IN_PERSON.search(src.text) or not _TALKED.search(src.text):
                break  # talks in person, or on a day of their own: another occasion
            done.add(i)
            r.type = "call"
            if day is not None:
                r.date = day
            if received and ctx is not None and ctx.issuer and r.from_ == [ctx.issuer] \
                    and r.to:
                r.from_, r.to = list(r.to), [ctx.issuer]
    yield from recs


def _sentence(text: str, a: int, b: int) -> tuple[int, int]:
    """The sentence around ``text[a:b]``."""
    opens = [x.end() for x in _SENTENCE_START.finditer(text, max(0, a - 600), a)]
    stop = _SENTENCE_START.search(text, b)
    return (opens[-1] if opens else max(0, a - 600)), (stop.start() + 1 if stop else len(text))


def _day(text: str, a: int, b: int, ctx: Context | None) -> DateSpan | None:
    """The first date the round's sentence names, resolved in the document."""
    if ctx is None:
        return None
    for d in find_dates(text, a, b):
        r = resolve(d, ctx.year, ctx.dateline, by_year=ctx.carry)  # type: ignore[arg-type]
        start, end = r.iso()
        if r.y1 is not None and start:
            return DateSpan(start, end)
    return None
