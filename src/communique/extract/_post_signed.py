"""The signature line of a social-media post quoted in a text: "— Ministry of Foreign
Affairs (@handle) May 3, 2024" below the post's words. Its date is the day of the
post the text quotes as its source, so it counts as a day the text tells (for a bare
weekday of the text, see _weekday_named), though the line itself tells no event."""

from __future__ import annotations

import re

__all__ = ["post_signed"]

#: a dash, the poster's name, the handle in brackets, then (the date) to the line's end
_SIGNATURE = re.compile(r"[ \t]*[–—-][ \t]*[^\n]{1,100}?\(@\w{1,40}\)[ \t]*")


def post_signed(text: str, d_start: int, d_end: int) -> tuple[int, int] | None:
    """When the date at ``d_start:d_end`` closes the signature line of a quoted post,
    the span of the post's words (the last line above it that is not blank); else
    None."""
    line_start = text.rfind("\n", 0, d_start) + 1
    line_end = text.find("\n", d_end)
    line_end = len(text) if line_end < 0 else line_end
    if text[d_end:line_end].strip(" \t.") or _SIGNATURE.fullmatch(text, line_start,
                                                                   d_start) is None:
        return None
    above_end = len(text[:line_start].rstrip())  # (past blank lines)
    above_start = text.rfind("\n", 0, above_end) + 1
    return (above_start, above_end) if above_end > above_start else None
