"""A standing body named without a session of it: founded ("an agreement creating
a joint commission"), to be revived, or described ("the Commission, which has not
met since 2019")."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["body_not_held"]


#: a body named as what a document or a decision founds, or as one to revive:
#: "an agreement creating a binational commission", "agreed to set up a joint
#: working group", "the next meeting of the Joint Commission", "revive the commission"
_BODY_FOUNDED = re.compile(r"\b(?:creat(?:e|es|ed|ing)|establish(?:es|ed|ing)?|set(?:s|ting)? up|"
                           r"(?:creation|establishment|setting up|revival|reactivation|"
                           r"relaunch(?:ing)?) of|reviv(?:e|es|ed|ing)|reactivat(?:e|es|ed|ing)|"
                           r"relaunch(?:es|ed)?|next (?:session|meeting|round) of)\s+"
                           r"(?:the\s+|an?\s+|a\s+new\s+)?(?:[\w–-]+\s+){0,5}$", re.I)
#: "..., which has not met since 2019", "..., created during the visit of ...",
#: "..., set up in 2012": the body told about, no session of it
_BODY_NOT_HELD = re.compile(r"[^.;]{0,60}?,\s+(?:which|that)\s+(?:has|had|have)\s+not\s+"
                            r"(?:met|convened|been\s+held|held\s+a\s+session)|"
                            r"[^.;,]{0,60}?,\s+(?:created|established|set\s+up|founded)\s+"
                            r"(?:in|during|by|under|at|on|with)\b", re.I)


def body_not_held(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """Whether a commission's trigger names a body founded, to be revived or
    described, rather than a session of it ("signed an agreement creating a
    joint commission", "the Commission, which has not met since 2019")."""
    if t.type != "commission":
        return False
    # ("the relaunch of the commission, whose last session had been held in 2019": that
    # session is told; "co-chaired the 20th session of the Commission, which had not
    # met since 2019": this one is)
    if _BODY_SITS.search(s.text, t.end, cl[1]) and not _BODY_NOT_HELD.match(s.text, t.end, cl[1]):
        return False
    if _BODY_FOUNDED.search(s.text, max(cl[0], t.start - 60), t.start):
        return True
    aside = _BODY_NOT_HELD.match(s.text, t.end, cl[1])
    # ("The Commission, established in 2010, held its fifth session on Monday": held)
    return aside is not None and not _BODY_SITS.search(s.text, aside.end(), cl[1]) \
        and not _SESSION_BEFORE.search(s.text, cl[0], t.start)


#: the session itself before the body's name: "co-chaired the 20th session of the"
_SESSION_BEFORE = re.compile(r"\b(?:co-?chair(?:ed|s|ing)?|chair(?:ed|s)|opened|held|convened|"
                             r"(?:[\w-]+(?:st|nd|rd|th)) session of)\b", re.I)


#: the body's own session told after the aside
_BODY_SITS = re.compile(r"\b(?:held|holds|met|meets|convened|opened|(?:was|were) held)\b", re.I)
