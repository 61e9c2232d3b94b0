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

from ._recognise import Ent, Sentence

__all__ = ["more_stops"]


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
        if bare:
            if not (_BARE_NEXT.fullmatch(s.text, out[-1].end, e.start)
                    and _OWN_PURPOSE.match(s.text, e.end)):
                break
        elif not _NEXT_STOP.fullmatch(s.text, out[-1].end, e.start):
            break
        out.append(e)
    return out


_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")
#: a purpose after a place: "for talks", "for the summit", "to attend the session"
_PURPOSE = (r"(?:\s+(?:for\s+(?:the|a|an|talks|consultations|meetings)\b|to\s+(?:attend|take\s+"
            r"part\s+in|participate\s+in|meet|hold|address|open)\b)[^,;.()]{0,60}?)")
#: what lies between two stops of such a list: " in January, to ", " in April and to "
_NEXT_STOP = re.compile(r"(?:\s+(?:in|on|from|between|at the end of|early in|late in)\s+"
                        r"[^,;.()]{1,30}?)?(?:,\s+where\b[^;()]{1,160}?,)?"
                        # "to Lima for the APEC Leaders' Meeting and to Rio": a purpose
                        + _PURPOSE + r"?"
                        r"\s*,?\s*(?:(?:and|as well as)\s+)?(?:then\s+|later\s+|"
                        r"also\s+|finally\s+)?to\s+(?:the\s+)?")
#: between two places of a list without its preposition: the first one's purpose,
#: then "and" ("Paris for talks on trade and Rome")
_BARE_NEXT = re.compile(_PURPOSE + r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:then\s+|later\s+|"
                        r"also\s+|finally\s+)?")
#: ... and the next place's own purpose or time after it
_OWN_PURPOSE = re.compile(_PURPOSE + r"|\s+(?:in|on)\s+(?-i:[A-Z0-9])")
