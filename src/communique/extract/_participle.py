"""A sentence opened by a participle with its agent ("Welcomed at the airport by the
Deputy Foreign Minister of Kazakhstan, the Minister began his official visit"):
the agent is the host's official, not the traveller; the subject after the comma
is who travels."""

from __future__ import annotations

import re

from ._recognise import Sentence

__all__ = ["opening_participle_end"]

#: the participle, an optional place or time, "by" and its agent, up to the comma
_OPENING = re.compile(r"\s*(?:(?-i:Having)\s+been\s+(?:received|welcomed|greeted|hosted|met)|"
                      r"(?-i:Received|Welcomed|Greeted|Met|Hosted|Accompanied|Escorted|"
                      r"Invited|Seen\s+off|Joined))\b(?:\s+[^,;.]{1,60}?)?\s+by\s+[^,;]{3,120}?,")


def opening_participle_end(s: Sentence) -> int | None:
    """The end of the opening participial phrase with its agent, or None."""
    m = _OPENING.match(s.text, s.start, s.end)
    return m.end() if m else None
