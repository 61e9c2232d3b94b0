"""An organisation named only as the posting of the people who signed ("signed by
the permanent representatives to the UN", "by the two ambassadors to the OSCE"):
where the signers serve, not a party to what they signed."""

from __future__ import annotations

import re

from ._recognise import Sentence

__all__ = ["posted_orgs"]

_POSTED_TO = re.compile(r"\b(?:permanent\s+|resident\s+)?(?:representatives?|ambassadors?|"
                        r"envoys?|delegates?|missions?)\s+(?:accredited\s+)?to\s+(?:the\s+)?$",
                        re.I)


def posted_orgs(s: Sentence, a: int, b: int) -> set[str]:
    """The codes of the organisations between ``a`` and ``b`` named only as a posting."""
    return {e.code for e in s.ents if e.kind == "org" and a <= e.start < b
            and _POSTED_TO.search(s.text, max(s.start, e.start - 50), e.start)}
