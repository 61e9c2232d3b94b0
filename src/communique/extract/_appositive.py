"""A name set off by commas between two titles: the first title's holder named, then
that person's office ("his counterpart, H.E. A B, Minister of Foreign Affairs of X",
"Senator A B, Minister for Trade"): one official, where a list counts those met."""

from __future__ import annotations

import re

__all__ = ["appositive"]

#: a Commonwealth form of address before a name: "(Senator) the Hon. A B", "the Right
#: Honourable A B", "Dr. the Hon. A B"
_HON = r"(?:(?:the\s+)?(?:(?:Rt|Right)\.?\s+)?(?:Hon|Honou?rable)\.?\s+)?"
#: a name alone between two titles, set off by commas: "his counterpart, H.E. A B,
#: Minister of ...", "Senator A B, Minister of ..."
_NAME_GAP = re.compile(r",?\s*(?:(?:His|Her)\s+(?:Excellency|Majesty|Highness)\s+|H\.\s?E\.\s+)?"
                       r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?" + _HON + r"[A-Z][\w'’.-]+"
                       r"(?:\s+[A-Z][\w'’.-]+){0,3}"
                       r"\s*,\s*(the\s+(?:[A-Z][\w-]+\s+)?)?")
#: a name after a title: the title is that person's ("Foreign Minister A")
_NAME_AFTER = re.compile(r"\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?" + _HON + r"[A-Z][a-z]")
#: a name set off by a comma after a title: "the Minister for Defence, A B"
_NAME_SET_OFF = re.compile(r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*"
                           r"(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)?,\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
                           + _HON + r"[A-Z][a-z]")


def appositive(text: str, gap: str, end: int) -> bool:
    """Whether the title ending at ``end``, after a name alone (``gap``), is that
    named person's office set off by commas ("his counterpart, H.E. A B, Minister of
    Foreign Affairs of X"), not a next person's title before their name ("Prime
    Minister A, Foreign Minister B")."""
    m = _NAME_GAP.fullmatch(gap)
    if m is None or _NAME_AFTER.match(text, end):
        return False
    # ("his counterpart, A, the Minister for Defence, B and ...": a title after "the"
    # with a name set off after it is the next person's)
    return not (m.group(1) and _NAME_SET_OFF.match(text, end))
