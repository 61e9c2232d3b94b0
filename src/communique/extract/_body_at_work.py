"""A standing body named as the one doing a piece of work ("noted the progress made
by the Joint Border Commission in marking the frontier", "welcomed the work done by
the Joint Economic Committee") is the body, not a session of it: the session the
sentence tells, if any, is another's (the one that took note)."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["body_at_work"]

#: the work, its participle and "by", then up to three words of the body's name
_WORK_BY = re.compile(
    r"(?i)\b(?:progress|work|efforts?|results?|achievements?|strides|steps)\s+"
    r"(?:(?:so\s+far|already|thus\s+far)\s+)?(?:made|done|carried\s+out|undertaken|achieved|"
    r"accomplished|registered|recorded|taken)\s+(?:(?:so\s+far|to\s+date|thus\s+far)\s+)?"
    r"by\s+(?:the\s+)?(?:[\w'’–-]+\s+){0,3}$")


def body_at_work(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """Whether the commission trigger names the body a piece of work was done by."""
    return t.type == "commission" and _WORK_BY.search(
        s.text, max(cl[0], t.start - 90), t.start) is not None
