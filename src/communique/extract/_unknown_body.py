"""A meeting "with" a body named in capitals that no gazetteer knows ("The first meeting
was with the Coalition of Small Coastal States (CSCS)", "met with the Pacific Caucus of
Ocean States", "met the Coastal Fisheries Council"): its partner is that body, not the
country of the trip or the partner the text went on with; no record names a side it
cannot read."""

from __future__ import annotations

import re

from ._recognise import Sentence

__all__ = ["unknown_body_met"]

#: the head of such a body, named by office before it ("the chief of the", "the
#: Executive Director of the")
_HEAD = (r"(?:(?i:executive|managing|general|founding|acting)\s+)?(?i:chief|head|president|"
         r"chair|chairman|chairwoman|chairperson|director|director-general|leader|founder|"
         r"coordinator|secretary-general|secretary general|ceo)\s+of\s+the\s+")
#: "with the" and a run of capitalised words (with "of", "for", "and" between)
_NAME = re.compile(r"\s+(?:(?:(?:was|were)\s+(?:also\s+)?)?with\s+)?the\s+(?:" + _HEAD + r")?"
                   r"((?-i:[A-Z])[\w'’-]*"
                   r"(?:\s+(?:(?:of|for|and|on|the|in)\s+)*(?-i:[A-Z])[\w'’-]*){0,8})")
#: the "with" that tells the body met, or the verb "met" itself ("she met the Coastal
#: Fisheries Council")
_WITH = re.compile(r"\b(?:with|met|meets)\b", re.I)
#: an office in the name: an official met, not a body
_OFFICE = re.compile(r"\b(?-i:Minister|President|Secretary|Ambassador|Chancellor|King|Queen|Emir|"
                     r"Prince|Premier|Speaker|Governor|Director|Chair|Chairman|Chairperson|"
                     r"Commissioner|Envoy|Representative|Head)\b")
#: what closes or holds such a name as a body's: its acronym in brackets, or a noun of
#: a grouping
_ACRONYM = re.compile(r"\s*\((?-i:[A-Z][A-Za-z]{1,9})\)")
_GROUPING = re.compile(r"\b(?-i:Coalition|Alliance|Group|Association|Union|Forum|Community|"
                       r"Caucus|Bloc|Network|Organi[sz]ation|Secretariat|Movement|"
                       r"Partnership|Federation|Consortium|Platform|Club|Council|"
                       # (a foundation or an institute: "the Global Water Foundation")
                       r"Foundation|Institute)\b"
                       # (not a state's or a city's own council: "the National Security
                       # Council", "the Council of Ministers", "the City Council")
                       r"(?<!National Council)(?<!Security Council)(?<!State Council)"
                       r"(?<!Executive Council)(?<!Federal Council)(?<!Privy Council)"
                       r"(?<!City Council)(?<!Municipal Council)(?<!County Council)"
                       r"(?!\s+of\s+(?:Ministers|State)\b)")


def unknown_body_met(s: Sentence, after: int, end: int) -> bool:
    """Whether a body named as above follows the meeting's trigger ending at ``after``
    (before ``end``)."""
    if not _WITH.search(s.text, max(s.start, after - 6), after + 6):
        return False  # ("met the ...": a "with" before the name, in the trigger or after it)
    m = _NAME.match(s.text, after, end)
    if m is None or _OFFICE.search(m.group(1)):
        return False  # ("the Foreign Minister (CS)": an official, not a body)
    return _GROUPING.search(m.group(1)) is not None \
        or (" " in m.group(1) and _ACRONYM.match(s.text, m.end(), end) is not None)
