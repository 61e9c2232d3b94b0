"""The organisations a meeting is with, one record each, and the one official who
holds two offices: "Ms A, UN Assistant Secretary-General and Regional Director of
UNDP" is one person met, not a meeting with the UN and another with UNDP (the
offices joined by a bare "and"; "the UN Secretary-General and the NATO Secretary
General", with an article, or with a name between, are two people)."""

from __future__ import annotations

import re

from ._conference import one_conference
from ._frame_parts import _group
from ._frame_rules import _HEADS_OF, _RELATIVE, _WITH_ABSOLUTE
from ._org_officials_listed import orgs_of_officials_listed
from ._persons import TitleMention, find_titles
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["orgs_met", "same_holder"]

#: the roles of an organisation's officials (roles.tsv): "the Secretary-General of
#: the United Nations", "the NATO Secretary General", "the UN Special Envoy"
_ORG_ROLES = frozenset({"secretary_general", "envoy", "official"})

#: what may stand between two offices of one holder: the first office's
#: organisation ("of the United Nations"), a bare "and" (no article, no possessive:
#: "and the ..." opens another person) and the second office's own qualifiers
#: ("UN", "Regional"); no comma, bracket or semicolon (a name set off between)
_JOINED = re.compile(
    r"(?:\s+(?:of|at|for)\s+(?:the\s+)?[^,;()\[\]]{1,60}?)?\s+(?:and|&)\s+"
    r"(?!(?:the|his|her|its|their|a|an|also|later|then|with|met|held|he|she)\b)"
    r"[^,;()\[\]]{0,40}", re.I)


#: one more body's staff after a list of them (its short form in brackets between): ", as
#: well as representatives from the", "and officials of"
_MORE_HEADS = re.compile(r"(?:\s*\([^()]{1,16}\))?,?\s+(?:as\s+well\s+as|and(?:\s+also)?|"
                         r"along\s+with)\s+(?:with\s+)?"
                         r"(?:[\w-]+\s+)?(?:representatives|officials|delegates|envoys|"
                         r"delegations|diplomats)\s+(?:of|from)\s+(?:the\s+)?", re.I)


def same_holder(s: Sentence, first: TitleMention, second: TitleMention) -> bool:
    """Whether ``second`` is another office of the one who holds ``first`` (see above)."""
    if second.start <= first.end:
        return False
    between = s.text[first.end:second.start]
    if _JOINED.fullmatch(between) is None:
        return False
    return not any(m.name and m.name in between for m in (first, second))


def orgs_met(s: Sentence, t: Trigger, b: int, orgs: list[str], issuer: str | None) -> list[str]:
    """The organisations an event is with, one record each: for a meeting or a call
    (not a conference of them all), those whose officials its object lists ("met the
    Secretary-General of the United Nations, A, and the High Representative of the
    European Union, B", "spoke by phone with ... and with ..."); else the first named.
    Two offices of one holder are one official met."""
    if t.type not in ("meeting", "call") or len(orgs) < 2 \
            or (t.type == "call" and one_conference(t, s.text, b, 1)):
        return orgs[:1]
    a = t.end
    rel = _RELATIVE.search(s.text, a, b) or _WITH_ABSOLUTE.search(s.text, a, b)
    b = rel.start() if rel else b
    plural = _HEADS_OF.search(s.text, a, b)
    if plural is not None:
        # "met the Secretaries-General of ECO, D-8 and CICA": the head of each one listed
        listed = _group(s, [e for e in s.ents if e.kind == "org" and plural.end() <= e.start < b])
        while listed and listed[0].start == plural.end() \
                and (more := _MORE_HEADS.match(s.text, listed[-1].end, b)) is not None:
            # "representatives of the OIC, as well as representatives of CELAC": the
            # staff of one more body, told with a plural of its own
            nxt = _group(s, [e for e in s.ents if e.kind == "org" and more.end() <= e.start < b])
            if not nxt or nxt[0].start != more.end():
                break
            listed += nxt
        if listed and listed[0].start == plural.end():
            codes = list(dict.fromkeys(e.code for e in listed if e.code in orgs))
            if len(codes) > 1:
                return codes
    heads: list[str] = []
    last: TitleMention | None = None
    for m in find_titles(s, issuer, officials=True):
        if not (a <= m.start < b and m.role in _ORG_ROLES and m.country in orgs):
            continue
        if last is not None and same_holder(s, last, m):
            continue  # ("UN Assistant Secretary-General and Regional Director of UNDP")
        last = m
        if m.country not in heads:
            heads.append(m.country)
    if len(heads) > 1:
        return heads
    # (offices the titles do not know, each with its remit: "the Head for Central
    # America of the World Economic Forum, A; and delegates of the IACHR")
    return [o for o in orgs_of_officials_listed(s, a, b) if o in orgs] or orgs[:1]
