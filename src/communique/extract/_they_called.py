"""A call whose subject is "they": the two sides told in the sentence before.

"A agreed with her Chilean counterpart B to return to the matter later. They spoke
for 20 minutes on Friday": "they" are the minister and her counterpart, so the call
is with the partner the text is about (as a meeting told with a pronoun subject
is; see :func:`communique.extract._frame_rules.pronoun_subject`). One speaker ("he",
"she") is not enough: alone, a call needs its partner named.
"""

from __future__ import annotations

import re

from ._recognise import Sentence

__all__ = ["they_called"]

#: "They", "they also", "On Friday they" right before the trigger
_THEY = re.compile(r"(?:^|,\s*|\b(?:[Oo]n|[Ii]n|[Ll]ater|[Tt]hen)\s+[^,.;]{0,25}?\s*)"
                   r"[Tt]hey\s+(?:(?:also|then|later|first|again)\s+)?$")


def they_called(s: Sentence, a: int, at: int) -> bool:
    """Whether the trigger at ``at`` (its clause opening at ``a``) has "they" for
    its subject (see above)."""
    return bool(_THEY.search(s.text[max(s.start, a, at - 50):at]))
