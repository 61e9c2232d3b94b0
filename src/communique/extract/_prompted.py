"""What prompted a talk, told in a fronted clause: "Shortly after the attack carried out
by A on B, the Minister held phone calls with her counterparts", "Following the
escalation on the border between A and B, ...", "Amid the fighting in A, ...". The
countries of that happening are what the talk was about, not its sides."""

from __future__ import annotations

import re

from ._gate import Gated

__all__ = ["prompted_end"]

#: a happening (fighting, a disaster, a coup, an election) before the subject, set off
#: by a comma; not an occasion of talks ("After his meeting with A, ...": see _asides)
_PROMPTED = Gated(re.compile(
    r"\W*(?:(?:just|shortly|immediately|soon|right)\s+)?(?:after|following|in\s+the\s+wake\s+of|"
    r"in\s+the\s+aftermath\s+of|amid|amidst|in\s+(?:the\s+)?light\s+of|in\s+response\s+to|"
    r"against\s+the\s+backdrop\s+of)\s+(?:the|a|an|this|these|that|those|recent|latest|renewed)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:attacks?|strikes?|escalation|actions|hostilities|offensive|aggression|"
    r"shelling|bombing|earthquakes?|floods?|coup|elections?|explosions?|incidents?|events|"
    r"developments|outbreak|resumption|killings?|assassination|crash|disaster|violence|clashes|"
    r"fighting|invasion|war|tensions|crisis)\b[^,;]{0,120},\s*", re.I))


def prompted_end(text: str, clause_start: int, t_start: int) -> int:
    """Where a fronted clause telling what prompted the talk ends, when it ends before
    the trigger (after a time too: "On 2 May, just after the strikes on A, ..."); else 0."""
    m = _PROMPTED.match(text, clause_start, t_start)
    if m is None:
        comma = text.find(", ", clause_start, t_start)
        m = _PROMPTED.match(text, comma + 1, t_start) if 0 <= comma - clause_start < 40 \
            else None
    return m.end() if m else 0
