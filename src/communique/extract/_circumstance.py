"""A circumstance told in the present after "as": its time is not the event's.

"met the Deputy Minister to discuss UN matters as Chile's presidency of the
Council begins in April", "held talks ... as Peru takes over the chair in June":
the clause after "as" tells a state of affairs about to come, in the present
tense; a month or a day named in it is that occasion's, not the meeting's (which
takes the time the text gives it otherwise).
"""

from __future__ import annotations

import re

from ._gate import Gated

__all__ = ["circumstance_spans"]

#: "as" + a subject of up to eight words + a verb of beginning or of coming in the
#: present ("begins", "takes over", "assumes", "prepares to"); not "as well as",
#: "as part of", "such as", "as a/an ..." (a role), "as agreed"
_AS_BEGINS = Gated(re.compile(
    r"(?<!such )(?<!well )\bas\s+(?!(?:well|part|a|an|agreed|planned|usual|such|of|to|for|"
    r"regards|far|soon|long|much|many|follows)\b)"
    r"(?:[\w’'-]+\s+){1,8}?"
    r"(?:begins|starts|commences|opens|takes\s+over|assumes|enters|approaches|nears|"
    r"gets\s+under\s?way|kicks\s+off|prepares\s+to|is\s+(?:about|set|due|poised)\s+to|"
    r"are\s+(?:about|set|due|poised)\s+to)\b", re.I))


def circumstance_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` told as a coming circumstance after "as"
    (see above), each up to the next semicolon or the end."""
    out = []
    for m in _AS_BEGINS.finditer(text, start, end):
        semi = text.find(";", m.end(), end)
        out.append((m.start(), semi if semi >= 0 else end))
    return out
