"""A second meeting told by a noun of its own joined to the first by "and" ("had a
meeting with the Minister of Finance and a working session with his counterpart",
"held talks with the Trade Minister and a separate meeting with the President"):
another occasion, though its record may look like the first one's (see the
coordinated trigger in ``patterns/triggers.toml`` and :mod:`communique.extract._frames`)."""

from __future__ import annotations

import re

from ._triggers import Trigger

__all__ = ["second_meeting_noun"]

_ARTICLE = re.compile(r"(?:an?|another|separate|further|second)\s", re.I)
_AND_BEFORE = re.compile(r"[a-z]\s+and\s+$")


def second_meeting_noun(text: str, t: Trigger) -> bool:
    """Whether meeting trigger ``t`` opens with an article right after "and": a
    second occasion joined to a first one in the same sentence."""
    return t.type == "meeting" and bool(_ARTICLE.match(t.text)) \
        and bool(_AND_BEFORE.search(text, max(0, t.start - 12), t.start))
