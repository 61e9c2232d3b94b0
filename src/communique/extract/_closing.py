"""Documents signed at a session's close ("took place in Lomé from 3 to 5 June and
closed with the signing of four agreements"): signed on the last day of the
session's days, not on its first (the session itself keeps its days)."""

from __future__ import annotations

import re

from ..model import DateSpan, Record
from ._recognise import Sentence

#: cheap guard before the pattern: the words every closing signing contains
_GUARD = ("with the sign", "in the sign", "by the sign")
#: "closed / ended / was concluded / culminated / wound up with the signing of",
#: "was crowned by the signature of"
_CLOSED_WITH = re.compile(
    r"\b(?:closed|ended|concluded|culminated|finished|wound up|was crowned|were crowned)"
    r" (?:with|in|by) the sign(?:ing|ature)\b")


def signed_at_close(s: Sentence, recs: list[Record]) -> None:
    """Date each agreement of a sentence telling a signing at the close of several
    days by the last of them."""
    text = s.text[s.start:s.end]
    if not any(g in text for g in _GUARD) or not _CLOSED_WITH.search(text):
        return
    for r in recs:
        if r.type == "agreement" and r.date.end and r.date.start \
                and r.date.end > r.date.start:
            r.date = DateSpan(r.date.end, None)
