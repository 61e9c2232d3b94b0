"""Consultations named as what a document told in the passive was signed for.

"A memorandum was signed on political consultations between the two ministries",
"The protocol was also concluded for regular consultations", "An agreement has been
signed between A and B establishing annual consultations": the document is the
event (an ``agreement``), the consultations its subject, not a round held. The
active forms ("signed a memorandum on political consultations") are read in
:mod:`communique.extract._not_held` (``_CONSULT_TOPIC``, ``_DOC_BETWEEN``).
"""

from __future__ import annotations

import re

from ._gate import Gated

__all__ = ["signed_for"]

#: a document, a passive verb of its making, then (after the parties, if named) the
#: word that says what it is for, and up to three words before the trigger
_SIGNED_FOR = Gated(re.compile(
    r"\b(?:memorand(?:um|a)|MoU|agreements?|protocols?|accords?|arrangements?)\b"
    r"(?:\s+of\s+understanding)?(?:\s*\([^()]{1,12}\))?"
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|jointly\s+|formally\s+)?"
    r"(?:signed|inked|concluded|initiall?ed|adopted|exchanged)\b"
    r"(?:\s+(?:between|by)\s[^.;]{1,200}?)?"
    r"\s+(?:on|for|about|concerning|regarding|establishing|instituting|to\s+establish|"
    r"to\s+institutionali[sz]e|to\s+hold)\s+(?:the\s+)?"
    r"(?:(?!(?:and|then|held|hold|were|was)\b)[\w-]+\s+){0,3}$", re.I))


def signed_for(before: str) -> bool:
    """Whether ``before`` (the text up to a consultation's trigger) ends on a document
    told in the passive as signed for it."""
    return _SIGNED_FOR.search(before) is not None
