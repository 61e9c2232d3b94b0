"""Envoys named in the sentence after their credentials ceremony: "The President
received the credentials of four new ambassadors on Friday. They are Ms A of
Norway, Mr B of Uruguay and Mrs C of Uganda." The ceremony counts the envoys
without naming them (no meeting comes out of it: see ``counted_envoys``); the
next sentence, opened as the list of those envoys, gives one meeting with each
country it names, on the ceremony's day."""

from __future__ import annotations

import re

from ..model import DateSpan, Record
from ._asides import counted_envoys
from ._frame_parts import Context, _record, _resolved
from ._gate import Gated
from ._recognise import Sentence

__all__ = ["ceremony_day", "ceremony_envoys", "copies_of_those", "envoys_listed",
           "listed_envoys"]


#: a credentials ceremony ("received the letters of credence of six ambassadors")
_CEREMONY = Gated(re.compile(r"\b(?:credentials|credence)\b", re.I))

#: a sentence opened as the list of the envoys just counted: "The envoys are",
#: "The new ambassadors were", "They are", "The heads of mission concerned are"
_LISTED = re.compile(
    r"\W*(?:(?:the|these|those)\s+(?:(?:new|newly\s+accredited|newly\s+appointed|incoming)\s+)?"
    r"(?:envoys|ambassadors|heads\s+of\s+(?:diplomatic\s+)?missions?|high\s+commissioners|"
    r"diplomats|chiefs\s+of\s+missions?|ambassadors\s+and\s+high\s+commissioners)"
    r"(?:\s+(?:concerned|in\s+question))?|they)\s+(?:are|were|include|included)\b", re.I)


#: the envoys counted as the subject: "On Monday, three newly accredited envoys
#: presented copies of their letters of credence ..."
_COUNTED_SUBJECT = re.compile(
    r"\W*(?:[^,.;]{0,40},\s*)?(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\s+(?:(?:new|newly\s+accredited|newly\s+appointed|foreign|non-resident|"
    r"resident)\s+)*(?:ambassadors|envoys|heads\s+of\s+(?:diplomatic\s+)?missions?|diplomats|"
    r"high\s+commissioners)\b", re.I)


def ceremony_day(s: Sentence, recs: list[Record], ctx: Context) -> DateSpan | None:
    """The day of a credentials ceremony that counts its envoys without naming
    them and met none of them by name; None for any other sentence."""
    if any(r.type == "meeting" for r in recs) or not _CEREMONY.search(s.text, s.start, s.end) \
            or not (counted_envoys(s, s.start, s.end)
                    or _COUNTED_SUBJECT.match(s.text, s.start, s.end)):
        return None
    days = _resolved(s.dates, ctx)
    # ("Accra, Jan. 29, GNA - The Minister on Tuesday received ...": the day told, not
    # the filing day of the dateline)
    days = [d for d in days if (d.start, d.end) not in ctx.dateline_spans] or days
    if days:
        return DateSpan(*days[0].iso())
    return ctx.last_date or ctx.default


def envoys_listed(text: str, start: int, end: int) -> bool:
    """Whether the sentence opens as the list of the envoys just counted (a cheap
    test made before the sentence is recognised)."""
    return _LISTED.match(text, start, end) is not None


def listed_envoys(s: Sentence, day: DateSpan, issuer: str | None) -> list[Record]:
    """One meeting with each country the list names, in its order."""
    codes = list(dict.fromkeys(e.code for e in s.ents if e.kind in ("country", "adj")
                               and not e.place and e.code != issuer))
    return [_record("meeting", day, [issuer] if issuer else [], [c], []) for c in codes]


def ceremony_envoys(s: Sentence, recs: list[Record]) -> list[str]:
    """The countries of the envoys a credentials sentence met one by one (two or
    more), for copies of their credentials told next (see below)."""
    if not _CEREMONY.search(s.text, s.start, s.end):
        return []
    codes = [r.to[0] for r in recs if r.type == "meeting" and len(r.to) == 1]
    return codes if len(codes) > 1 else []


#: the copies of the credentials of the envoys just named: "had received the copies of
#: the letters of credence of the four diplomats", "received copies of the credentials
#: of the new ambassadors"
_COPIES_OF_THOSE = re.compile(
    r"\bcop(?:y|ies)\s+of\s+(?:the\s+|their\s+)?(?:letters\s+of\s+credence|credentials)"
    r"(?:\s+of\s+(?:the|these|those)\s+(?:\w+\s+)?(?:new\s+|newly\s+accredited\s+)?"
    r"(?:diplomats|ambassadors|envoys|heads\s+of\s+(?:diplomatic\s+)?missions?))?\b", re.I)


def copies_of_those(s: Sentence, envoys: list[str], ctx: Context,
                    issuer: str | None) -> list[Record]:
    """One meeting with each envoy's country when the sentence tells of the copies
    of the credentials of the envoys named just before, on its own day."""
    m = _COPIES_OF_THOSE.search(s.text, s.start, s.end) if envoys else None
    if m is None or (m.group(0).lower().rstrip().endswith(("credence", "credentials"))
                     and "their" not in m.group(0).lower()):
        return []
    days = _resolved(s.dates, ctx)
    day = DateSpan(*days[0].iso()) if days else (ctx.last_date or ctx.default)
    return [_record("meeting", day, [issuer] if issuer else [], [c], []) for c in envoys]
