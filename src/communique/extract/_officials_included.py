"""Officials listed among a group met: "held discussions with senior Kenyan officials,
including Mr A, the President of Kenya; Ms B, the Speaker of the National Assembly, and
Mr C, the Minister of Foreign Affairs". The group in the plural ("officials",
"leaders", "dignitaries", "ministers", "members of the government") with the officials
it "included" after it lists the persons met, one meeting each, whatever the verb ("held
talks", "had discussions", "met"), as "met A and B" does; the group itself ("Chilean
ministers") is none of them.

Such a list may set its items off by semicolons, each a name and an office ("Mr A, the
President of Kenya; Ms B, the Speaker, and ..."): a semicolon before a name and a comma
is the list's, not the end of what was met (a semicolon before a clause still ends it).
"""

from __future__ import annotations

import re

from ._recognise import Sentence

__all__ = ["group_end", "group_including", "list_end"]

#: the group in the plural, then "including" (or "among them", "notably", "namely")
_GROUP = re.compile(
    r"\s+(?:with\s+)?(?:(?:the|several|many|various|a\s+number\s+of)\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:officials|leaders|authorities|dignitaries|interlocutors|personalities|"
    r"office-holders|government\s+members|ministers|cabinet\s+members|members\s+of\s+(?:the\s+)?"
    r"(?:government|cabinet))\s*,?\s+(?:including|among\s+them|among\s+whom|"
    r"notably|namely|in\s+particular)\s", re.I)

#: a colon, a semicolon or an opening quotation mark after those met
_CUT = re.compile(r"[:;](?=\s)|[\"“«]")
#: a semicolon that sets off the next item of a list of persons: a name (with an
#: honorific) and a comma, or a title of office, perhaps after "and"
_ITEM_NEXT = re.compile(
    r";\s+(?:and\s+)?(?:(?:(?:Mr|Mrs|Ms|Madam|Madame|Dr|Prof|H\.\s?E)\.?\s+)*"
    r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3},\s+(?:the\s+)?(?-i:[A-Z])|"
    r"the\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*\s+of\s)", re.I)


def group_including(s: Sentence, at: int) -> bool:
    """Whether what follows ``at`` (a meeting's trigger) is a group met in the plural
    with the officials it includes listed after it (see the module's docstring)."""
    return _GROUP.match(s.text, at, s.end) is not None


def group_end(s: Sentence, at: int) -> int:
    """Where the group met in the plural ends, its "including" read ("with Chilean
    ministers, including"), so that its own title counts as none of the persons met;
    ``at`` when no such group follows."""
    m = _GROUP.match(s.text, at, s.end)
    return m.end() - 1 if m else at


def list_end(text: str, a: int, b: int) -> int:
    """Where the persons met after ``a`` end, before ``b``: at a colon, a quotation or
    a semicolon, but not at a semicolon that sets off the list's next person."""
    for m in _CUT.finditer(text, a, b):
        if m.group() == ";" and _ITEM_NEXT.match(text, m.start(), b):
            continue
        return m.start()
    return b
