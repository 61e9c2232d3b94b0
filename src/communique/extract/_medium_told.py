"""Talks whose medium is told after what was talked about.

"A and B discussed the crisis in the Gulf over the phone", "the Minister and her
Kenyan counterpart reviewed trade by telephone", "the two ministers exchanged views
on the election via video link": the talk verb reads as a meeting, but the medium
at the end of its clause makes it a call. A medium told for another step of the
sentence ("discussed X in Lima and later spoke by phone", "... which was announced
by phone") leaves the talks a meeting, and a call trigger of the sentence's own
(a "phone conversation", "talked by phone") already tells the call.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["BY_MEDIUM", "medium_after_talks"]

#: a meeting trigger that ends in a verb of talk saying nothing of the medium
_TALKS = (r"(?:discuss(?:ed|es)|exchanged\s+(?:[\w-]+\s+){0,2}?(?:views|opinions|ideas)|reviewed|"
          r"talked(?:\s+over)?|conferred|convened|held\s+talks|had\s+talks|"
          r"(?:held|had)\s+(?:[\w-]+\s+)?discussions)")
_TALK_END = re.compile(_TALKS + "$", re.I)
#: the verb of talk right after a subject that is the trigger: "The two ministers have
#: discussed ...", "the two leaders then talked over ..."
_TALK_NEXT = re.compile(r",?\s+(?:(?:also|then|later|further|first|subsequently)\s+)?"
                        r"(?:(?:have|has|had)\s+(?:(?:also|already)\s+)?)?" + _TALKS + r"\b",
                        re.I)
#: the medium of a call told after its partner or its talk: "over the phone", "by
#: telephone", "via video link" (also read by ``_readings``)
BY_MEDIUM = re.compile(r"\b(?:by|over|via|on)\s+(?:the\s+|a\s+)?(?:tele)?phone\b|"
                       r"\b(?:via|over|on|by)\s+(?:zoom|skype|webex|(?:microsoft\s+|ms\s+)?"
                       r"teams|whatsapp|facetime)\b|"
                       r"\b(?:by|via|over)\s+(?:a\s+)?video(?:[- ]?conference|[- ]?link|"
                       r"[- ]?call)?\b", re.I)
#: another step between the talks and the medium: the medium is that step's
_OTHER_STEP = re.compile(r"\b(?:met|meets|spoke|speaks|called|phoned|telephoned|later|then|"
                         r"afterwards|subsequently|announced|informed|briefed|told|said|"
                         r"says|which|that|who|before|after)\b|[;:]", re.I)


def medium_after_talks(s: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers, a talk verb's meeting retyped a call where the medium follows
    it in its clause (see the module's docstring)."""
    if any(t.type == "call" for t in triggers):
        return triggers
    out = []
    for t in triggers:
        verb = _TALK_NEXT.match(s.text, t.end, s.end) if t.type == "meeting" else None
        if t.type == "meeting" and (_TALK_END.search(t.text) or verb is not None):
            end = verb.end() if verb is not None else t.end
            m = BY_MEDIUM.search(s.text, end, s.end)
            if m is not None and not _OTHER_STEP.search(s.text, end, m.start()):
                t = replace(t, type="call")
        out.append(t)
    return out
