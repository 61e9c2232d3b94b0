"""A digest's item told by its headline alone: a news listing whose items open with
their date ("02.11.2021Deputy Minister A visits The Hague", "12 May 2024 – Minister B
receives the Ambassador of Chile") gives some items a body under the headline and
others none. A headline with a body repeats the body's events, so it gives no
records (see ``is_heading``); a headline with no body under it, the next line another
dated item (past a separator line such as "-") or the end of the text, is the only
telling of its event, and is read as a sentence."""

from __future__ import annotations

import re

from ._dates import find_dates

__all__ = ["lone_headline"]

#: a line that only separates the items: "-", "—", "*", "|", "•"
_SEPARATOR = re.compile(r"[ \t]*[-–—*|•·]*[ \t]*")
#: a date written in figures ("02.11.2021", "2021-11-02") or a day, a month and a year
#: ("2 November 2021", "November 2, 2021") opening a line
_DATED = re.compile(r"[ \t]*(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|"
                    r"\d{1,2}\s+(?-i:[A-Z])[a-z]+\s+(?:19|20)\d\d|"
                    r"(?-i:[A-Z])[a-z]+\s+\d{1,2},?\s+(?:19|20)\d\d)")


def _dated_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with an item's date (one that names a day)."""
    m = _DATED.match(text, start, end)
    return m is not None and any(d.d1 and d.y1 for d in find_dates(text, start, m.end()))


def lone_headline(text: str, start: int, end: int) -> bool:
    """Whether the heading ``text[start:end]`` is a dated item of a digest with no body
    (see the module's docstring)."""
    if "\n" in text[start:end] or not _dated_line(text, start, end):
        return False
    pos = end
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            return not text[pos:].strip()  # the text's last item
        line_end = text.find("\n", nl + 1)
        line_end = len(text) if line_end < 0 else line_end
        if text[pos:nl].strip():
            return False  # (the heading's line goes on)
        if _SEPARATOR.fullmatch(text, nl + 1, line_end):
            pos = line_end
            if pos >= len(text):
                return True
            continue
        return _dated_line(text, nl + 1, line_end)
