"""Envoys counted in one sentence and named in the next: "The Minister received
copies of the credentials of four new envoys. They are Mr A, Ambassador of
Egypt; Ms B, High Commissioner of Canada; ..." The listing belongs to the act
told before: the two read as one ("... four new envoys: Mr A, Ambassador of
Egypt; ...")."""

from __future__ import annotations

import re

__all__ = ["joined_listing"]

#: an envoy's act that names its envoys by number or in the plural
_ENVOYS_ACT = re.compile(r"\b(?:credentials|credence|letters\s+of\s+commission)\b[^.;]*?"
                         r"\b(?:envoys|ambassadors|high\s+commissioners|heads\s+of\s+mission|"
                         r"diplomats)\b|\b(?:envoys|ambassadors|high\s+commissioners|heads\s+of\s+"
                         r"mission)\b[^.;]*?\b(?:credentials|credence|letters\s+of\s+commission)\b",
                         re.I)
#: the next sentence opens by listing them: "They are", "The envoys are", "These were"
_THEY_ARE = re.compile(r"\s*(?:They|These|The\s+(?:new\s+)?(?:envoys|ambassadors|diplomats))\s+"
                       r"(?:are|were|include|included)\s*:?\s+")
_END = re.compile(r"\.(?:\s|$)|\n")


def joined_listing(text: str, start: int, end: int) -> str | None:
    """The text up to the sentence ``text[start:end]`` with the next sentence's
    listing of the envoys it counts put after a colon (the sentence keeps its
    offsets, so datelines are known as such), or None when the sentence counts
    none or the next sentence does not open by listing them."""
    if "creden" not in text[start:end] and "ommission" not in text[start:end]:
        return None
    if _ENVOYS_ACT.search(text, start, end) is None:
        return None
    m = _THEY_ARE.match(text, end)
    if m is None:
        return None
    stop = _END.search(text, m.end())
    return (text[:end].rstrip(" .") + ": "
            + text[m.end():stop.start() if stop else len(text)] + ".")
