"""Where the text's title ends: a first paragraph that is a title ("Minister A visits
Oslo" over a blank line), or a title on the first line of a paragraph that runs on
into the lead with only a line break between them (a page copied without its blank
lines: "Norwegian Foreign Minister visits Madrid" then, on the next line, "Minister
B has met her Norwegian counterpart in Madrid."). Either way the title is read as a
title: its events are the body's, and a visit it tells that the body never tells
again is kept (see _title_trip.py). A first line with a date of its own, a
dateline or a caption is no such title (it stays a heading, whose day is read)."""

from __future__ import annotations

from ._dates import find_dates
from ._document import headline_over_dateline, is_title
from ._readings import date_line_only, is_caption

__all__ = ["lead_title_end"]


def lead_title_end(text: str, start: int, end: int, title_end: int) -> int:
    """The end of the title of the lead paragraph ``text[start:end]``: the paragraph's
    end when it is a title, the first line's end when that line alone is one, else
    ``title_end`` (none found)."""
    if (is_title(text, start, end) or headline_over_dateline(text, start, end)) \
            and not is_caption(text, start, end):
        return end
    nl = text.find("\n", start, end)
    line_end = start + len(text[start:max(nl, start)].rstrip())
    if nl < 0 or line_end <= start or not text[nl + 1:end].lstrip()[:1].isupper() \
            or date_line_only(text, start, line_end) or is_caption(text, start, line_end) \
            or any(True for _ in find_dates(text, start, line_end)) \
            or not is_title(text, start, line_end):
        return title_end
    return line_end
