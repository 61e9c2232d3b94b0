"""A page's table of contents: "Table of Contents:" and under it the headings of the
sections below, one a line or run together on one line when the page's layout is
flattened ("A meets BA's address to the CouncilMeeting of C with D"). Its lines
repeat the headings of the sections the page goes on with: they tell no event of
their own (read as headings by :func:`._document.is_heading`)."""

from __future__ import annotations

import re

__all__ = ["in_contents_list"]

#: the label over a page's contents
_LABEL = re.compile(r"\s*(?:table\s+of\s+contents|contents|in\s+this\s+(?:article|story|"
                    r"release|page|section)|on\s+this\s+page)\s*:?\s*", re.I)
#: how many lines above a line its label may stand
_LINES = 24
#: how long a line of the contents may be (headings run together on one line)
_LONG = 1000


def in_contents_list(text: str, start: int) -> bool:
    """Whether the line holding ``start`` is in a table of contents: the lines from it
    up to a contents label are all headings (none closed by a sentence's stop)."""
    begin = text.rfind("\n", 0, start) + 1
    for _ in range(_LINES):
        end = text.find("\n", begin)
        line = text[begin:end if end >= 0 else len(text)].strip()
        if line and _LABEL.fullmatch(line):
            return True
        if line and (line[-1] in ".!?;" or len(line) > _LONG):
            return False  # a sentence of the body: no contents above it
        if begin == 0:
            return False
        begin = text.rfind("\n", 0, begin - 1) + 1
    return False
