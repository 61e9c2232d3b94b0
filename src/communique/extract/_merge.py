"""The merge step's chain (moved out of :mod:`communique.extract._pipeline`): meetings
told once per sentence, named again, briefed on, dated later, continued, and one
record per occasion; and a meeting with a country's officials told as a group ("met
with Australian Cabinet Ministers") whose members the next sentence names ("He met
with Senator A, Minister for Foreign Affairs, and B, Minister for Defence, today"):
the meetings with those named, not one more besides them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import Record
from ._briefed_on import briefed_on
from ._calls_before import calls_told_before
from ._dated_later import dated_later
from ._day_told_after import day_told_after
from ._document import one_per_occasion
from ._frame_parts import Context
from ._gazetteer import Gazetteer
from ._included_then_told import included_then_told
from ._met_as_one import lead_of_joint
from ._mode_later import mode_told_later
from ._named_again import named_again
from ._named_same_day import named_same_day
from ._org_body import org_bodies_as_sessions
from ._retold_day import retold_with_day
from ._same_sentence import once_per_sentence
from ._stay_span_told import session_day_told, stay_span_told
from ._talks_continued import talks_continued
from ._title_day import title_dated
from ._told_by_layout import told_by_layout
from ._visit_named_again import visit_named_again

__all__ = ["merged"]


def merged(records: Iterable[Record], text: str, gaz: Gazetteer,
           review: bool, ctx: Context | None) -> Iterator[Record]:
    """One record per occasion inside a document (see
    :func:`communique.extract._document.one_per_occasion`)."""
    records = org_bodies_as_sessions(lead_of_joint(records))  # a lead, then the account
    records = briefed_on(named_again(once_per_sentence(records), text), gaz)
    records = calls_told_before(mode_told_later(records, text), text, ctx)
    records = talks_continued(retold_with_day(dated_later(
        session_day_told(stay_span_told(records, text), text)),
        ctx.dateline if ctx is not None else None, text))
    records = day_told_after(records, text)  # "The bilateral meeting was held on 4 May"
    records = title_dated(group_then_named(records, text), text, gaz)
    records = visit_named_again(records, review)  # "the visit of A" told before
    records = included_then_told(records, review)  # "four meetings, including ..."
    # ("called on President A" told again by name, after a title's event told below it)
    return one_per_occasion(named_same_day(told_by_layout(records, text)), review, text)


#: a country's officials met as a group, none named: "met with Australian Cabinet
#: Ministers", "met Indian officials", "held talks with senior Kenyan government officials"
_GROUP = re.compile(
    r"\b(?:met|meets|meeting|talks)\b(?:\s+with)?\s+(?:the\s+|senior\s+|several\s+|"
    r"a\s+number\s+of\s+|a\s+group\s+of\s+)?(?:(?-i:[A-Z])[\w’-]+\s+){1,3}?"
    r"(?:(?:senior|government|cabinet|top|high-level|federal)\s+){0,2}"
    r"(?:officials|ministers|leaders|authorities|representatives)\b", re.I)
#: a sentence that tells another occasion: "also", "later", "separately"
_ANOTHER = re.compile(r"\b(?:also|separately|later|afterwards|then|subsequently|another|"
                      r"earlier|before|after)\b", re.I)


#: an official named by a capitalised title ("Secretary A of Mexico received him")
_TITLED = re.compile(r"\b(?:Minister|Secretary|President|Premier|Chancellor|Senator|Governor|"
                     r"Speaker|Ambassador|King|Queen|Emir)\b")


def _named_partner(r: Record) -> bool:
    return any(p.country in r.to and (p.name or p.role) for p in r.persons if p.country)


def _names_member(r: Record) -> bool:
    """Whether a meeting names an official of the other side, by a person found or a
    capitalised title in a sentence that is no group's."""
    return _named_partner(r) or (r.source is not None and not _GROUP.search(r.source.text)
                                 and _TITLED.search(r.source.text) is not None)


def group_then_named(records: Iterable[Record], text: str) -> Iterator[Record]:
    """``records`` less a meeting with a group of a country's officials when the next
    sentence tells the meetings with its named members that day (see the docstring)."""
    rs = list(records)
    drop: set[int] = set()
    for i, g in enumerate(rs):
        if g.type != "meeting" or g.source is None or _named_partner(g) \
                or not _GROUP.search(g.source.text):
            continue
        after = [r for r in rs[i + 1:] if r.source is not None
                 and r.source.start >= g.source.end]
        if not after or after[0].source is None or text[g.source.end:after[0].source.start].strip():
            continue  # (only the next sentence, right after it)
        nxt = [r for r in after if r.source is not None
               and r.source.start == after[0].source.start]
        if any(r.type == "meeting" and r.from_ == g.from_ and r.to == g.to
               and r.date.start == g.date.start and _names_member(r)
               and not _ANOTHER.search(r.source.text) for r in nxt if r.source is not None):
            drop.add(i)
    return (r for i, r in enumerate(rs) if i not in drop)
