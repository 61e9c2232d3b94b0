"""Links to other pages in a web page's text: "Related: ...", "Read also: ...", and the
titles listed one a line under a bare heading ("More news:"). They tell other pages'
events, dated or not, none of this text's (used by :mod:`communique.extract._document`
and the pipeline's sentence step)."""

from __future__ import annotations

import re

__all__ = ["LINK_LINE", "is_link", "under_link_heading"]

#: the words that open a web page's link to other pages
_LINK_WORDS = (r"(?:Related(?: (?:news|stories|articles?|content|links?|items?))?|"
               r"See also|Read (?:more|also)|Also read|More on this|Further reading|"
               r"(?:More|Other|Latest) (?:news|stories|articles))")
#: a web page's link to another page: "Related: ...", "See also: ...", "Read more: ..."
LINK_LINE = re.compile(_LINK_WORDS + r"\s*[:–—-]\s", re.I)
#: a bare heading over a list of links, one a line: "Related news:", "Read also"
_LINK_HEADING = re.compile(_LINK_WORDS + r"\s*:?\s*", re.I)


def under_link_heading(text: str, start: int) -> bool:
    """Whether the line at ``start`` is in a list of links: the lines above it, up
    to a bare link heading ("Related news:"), are all short lines (other titles)."""
    if start and text[start - 1] != "\n":
        return False  # a sentence inside a paragraph
    own_end = text.find("\n", start)
    if len(text[start:own_end if own_end >= 0 else len(text)].strip()) >= 150:
        # a news digest's teaser: "Title / a paragraph of summary / Read more", item
        # after item; the paragraph under the last item's "Read more" is no link title
        return False
    end = start
    for _ in range(24):  # (blank lines between the titles count too)
        if end <= 0:
            return False
        begin = text.rfind("\n", 0, end - 1) + 1
        line = text[begin:end].strip()
        if len(line) >= 150:
            return False
        if line and _LINK_HEADING.fullmatch(line):
            return True
        end = begin
    return False


def is_link(text: str, start: int, end: int) -> bool:
    """Whether the line is a link to another page ("Related: ...", a title under "More
    news:"), dated or not: another page's event, none of this text's."""
    line = text[start:end]
    return bool(LINK_LINE.match(line) and "\n" not in line) or under_link_heading(text, start)
