"""A visit named by the country it went to, the visitor after "by" or "of".

English names a trip by its destination set before the noun: "the Lao visit by
President A", "the recent Kenya visit of the Ugandan Speaker", "their historic
Japan state visit by the King of B". The country before "visit" is the host and
the one after "by"/"of" the visitor, the reverse of the usual reading, which takes
the country before the trigger for the traveller. So is a digest's heading that opens
on the country it concerns: "Italy – Visit by Minister A" (the issuer's minister's trip
there when no country follows "by"). With "to" after the visitor
("the Chinese visit by A to Kenya") the usual reading stands.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (``_recognise`` reads VISIT_BY_AFTER from here)
    from ._recognise import Ent, Sentence
    from ._triggers import Trigger

__all__ = ["VISIT_BY_AFTER", "host_before"]

#: what follows a country's adjective that names the country visited: "Lao visit by",
#: "Kenya state visit of" (read in ``_recognise``, where an adjective otherwise needs a
#: title after it)
VISIT_BY_AFTER = re.compile(r"\s+(?:(?:state|official|working|historic)\s+)?visits?\s+"
                            r"(?:by|of)\b")
_TRIGGER = re.compile(r"visits?$", re.I)
#: the visitor's "by" or "of", inside the trigger or right after it
_BY = re.compile(r"\s+(?:by|of)\b", re.I)
#: the same ending the trigger ("visit by"; not a level inside it: "visit at the level
#: of deputy ministers was made to")
_BY_LAST = re.compile(r"\s+(?:by|of)\s*$", re.I)
#: between the country and the trigger: at most one kind of visit
_GAP = re.compile(r"\s+(?:(?:state|official|working|historic)\s+)?")
#: a heading's topic: the country opening the line, a dash or a colon, then the visit
#: ("Italy – Visit by Minister A", "Kenya: official visit of the Minister of State"),
#: as a digest heads its items by the country they concern
_HEADED = re.compile(r"\s*[–—:-]\s*(?:(?i:state|official|working|historic)\s+)?")
#: before the country: a determiner or a possessive, then words of time or praise
_DETERMINER = re.compile(r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat|[Aa]n?)"
                         r"|['’]s)\s+(?:(?:recent|last|latest|first|historic|successful|"
                         r"landmark|maiden|previous|\d{4})\s+)*$")
#: where the visitor's phrase ends
_VISITOR_END = re.compile(r"[,;]|\s(?:in|on|during|last|and|which|that|was|were|is|has|had|"
                          r"to|from|for|at)\s")


def host_before(s: Sentence, t: Trigger, rb: int) -> tuple[str, list[str]] | None:
    """The host named before "visit by/of" and the visitors named after it (none
    when the phrase names no country), or None when the trigger is not so told."""
    by_end = t.end if _BY_LAST.search(t.text) else None
    if by_end is None and _TRIGGER.search(t.text):
        by = _BY.match(s.text, t.end)  # "the Malawi state visit by ...": after the trigger
        by_end = by.end() if by else None
    if by_end is None:
        return _possessive_visitor(s, t) if _TRIGGER.search(t.text) else None
    host: Ent | None = None
    for e in s.ents:
        if e.kind in ("country", "adj") and e.end <= t.start \
                and _GAP.fullmatch(s.text, e.end, t.start) \
                and _DETERMINER.search(s.text, max(s.start, e.start - 40), e.start):
            host = e
        elif e.kind == "country" and not s.text[s.start:e.start].strip() \
                and _HEADED.fullmatch(s.text, e.end, t.start):
            host = e  # "Italy – Visit by Minister A": the heading's country
    if host is None:
        return None
    end = _VISITOR_END.search(s.text, by_end, rb)
    cut = end.start() if end else rb
    if s.text.startswith(" to ", cut):
        return None  # "the Chinese visit by A to Kenya": the adjective is the visitor's
    visitors = [e.code for e in s.ents if by_end <= e.start < cut
                and e.kind in ("country", "adj") and e.code != host.code]
    return host.code, list(dict.fromkeys(visitors))


#: the visitor's possessive before the country visited: "the Ghanaian President's
#: recent Nigeria visit" (what is between the possessor's country and the "'s")
_POSSESSIVE = re.compile(r"['’]s\s+(?:(?:recent|last|latest|first|historic|successful|"
                         r"landmark|maiden|previous|\d{4})\s+)*$")
_POSSESSOR = re.compile(r"(?:\s+(?-i:[A-Z])[\w.-]*){0,4}$")


def _possessive_visitor(s: Sentence, t: Trigger) -> tuple[str, list[str]] | None:
    """The host named before "visit" and the visitor named by a possessive before it
    ("the Kenyan President's recent Ghana visit"), or None."""
    noun = _TRIGGER.search(t.text)
    at = t.start + noun.start() if noun else t.start
    for e in s.ents:
        if e.kind != "country" or e.end > at or not _GAP.fullmatch(s.text, e.end, at):
            continue
        m = _POSSESSIVE.search(s.text, max(s.start, e.start - 40), e.start)
        if m is None:
            continue
        owners = [o for o in s.ents if o.kind in ("country", "adj") and o.code != e.code
                  and o.end <= m.start() and _POSSESSOR.fullmatch(s.text, o.end, m.start())]
        if owners:
            return e.code, [owners[-1].code]
    return None
