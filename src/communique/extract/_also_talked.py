"""A talk told with "also" right after a call, with no medium of its own: "On 3 May
the Minister talked with the President of Chile by phone. Later he also talked with
the Foreign Minister of Chile." The "also" goes on with the call before, so the talk
is a call too (as "also spoke with" is; see ``_readings``). A talk that names where
it was held, or follows a meeting, stays a meeting (``_readings`` checks that).
"""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["also_after_a_call"]

#: a verb of talk that says nothing of the medium, as the meeting trigger reads it
_TALKED = re.compile(r"(?:talked|conversed|conferred)\s+with$", re.I)
#: "also" before the verb, maybe with a time or a subject: "He also", "later also"
_ALSO = re.compile(r"\balso\s+(?:(?:had|has|have)\s+)?$", re.I)
#: a call's medium in the sentence before: "by phone", "a telephone conversation", "a
#: call with" (not "called for", "a call for")
_CALL_BEFORE = re.compile(r"\b(?:(?:tele)?phon(?:e|ed|ic)|video\s*(?:call|conference|link)|"
                          r"videoconference|calls?\b(?!\s+(?:for|on|upon)\b))", re.I)
#: the end of the sentence before the one in hand
_SENTENCE_END = re.compile(r"[.!?]\s+(?=\S)")
#: how far back the sentence before is looked for
_REACH = 400


def also_after_a_call(s: Sentence, t: Trigger) -> bool:
    """Whether meeting trigger ``t`` is "also talked with" told in the sentence right
    after one that told a call."""
    if not _TALKED.fullmatch(t.text) or not _ALSO.search(s.text, max(s.start, t.start - 16),
                                                         t.start):
        return False
    lo = max(0, s.start - _REACH)
    before = s.text[lo:s.start].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(before, 0, max(0, len(before) - 1))]
    prev = before[ends[-1]:] if ends else before
    return bool(_CALL_BEFORE.search(prev))
