"""A country that is the subject of a relative clause about a site: "visited the
Institute, which Japan has backed for a decade", "a plant that Germany financed". The
country tells who backed the site, not where the visit went or who made it."""

from __future__ import annotations

import re

from ._recognise import Ent, Sentence

__all__ = ["clause_subject"]

#: "which" or "that" right before the country (with "the"), after a noun or a comma
_BEFORE = re.compile(r"(?:,\s*|[a-z)]\s+)(?:which|that)\s+(?:the\s+)?$")
#: a verb right after it: "has supported", "had funded", "built", "co-chairs"
_VERB_AFTER = re.compile(r"\s+(?:(?:has|have|had|was|is)\s+(?:(?:long|also|since|been)\s+)?)?"
                         r"(?:[\w-]+ly\s+)?(?-i:[a-z][\w-]*(?:ed|s|t))\b")


def clause_subject(s: Sentence, e: Ent) -> bool:
    """Whether ``e`` opens a relative clause as its subject ("which Japan has funded")."""
    return bool(_BEFORE.search(s.text, max(s.start, e.start - 14), e.start)) \
        and bool(_VERB_AFTER.match(s.text, e.end))
