"""The partner in focus named here only as what was talked about.

With no side named, a readout's meeting is with the partner the text is about
(its focus). But where this very sentence names that country only in its topic
("Eide and Lammy met in London on Monday to discuss Ukraine", "The ministers met
to review the situation in Sudan"), the country talked about is no side: the
meeting abroad is with the country of its place, and with no place abroad the
side stays unknown. The symmetric frame (:mod:`communique.extract._frames`) asks
here after it takes the focus.
"""

from __future__ import annotations

import re

from ._frame_basics import _topic_cut
from ._frame_parts import Context, _place
from ._recognise import ISSUER, Sentence
from ._triggers import Trigger

__all__ = ["focus_not_topic"]

#: a purpose or topic told right after the meeting: "to discuss", "to review the
#: situation in", "discussing", "on the war in", "swapped perspectives on" (not a
#: clause of its own: ", where")
_TOPIC = re.compile(r"(?:[^.;,]{0,60}?)\b(?:to\s+(?:discuss|review|talk\s+about|exchange\s+"
                    r"views\s+on|consider|address|assess|coordinate|align|harmoni[sz]e)|"
                    r"discussing|about|regarding|"
                    # ("During the talks the ministers swapped perspectives on A and B")
                    r"(?:exchang|shar|swapp|trad|compar)(?:ed|ing)\s+(?:(?:their|our|the)\s+)?"
                    r"(?:views|opinions|points?\s+of\s+view|perspectives|assessments|analyses)\s+"
                    r"(?:on|of|about)|"
                    r"on\s+the\s+(?:[\w-]+\s+)?(?:situation|war|crisis|conflict|developments)\s+"
                    r"in)\b", re.I)
#: a trigger that is itself the talk ("discussed"): no meeting told apart from it
_TALK_TRIGGER = re.compile(r"discuss|talk|exchang|review", re.I)


def focus_not_topic(s: Sentence, t: Trigger, others: list[str], cl: tuple[int, int],
                    ctx: Context) -> list[str]:
    """``others`` (taken from the focus), or, when the sentence names them only
    after its topic begins, the country of a place abroad (else none)."""
    if _TALK_TRIGGER.match(t.text):
        return others
    m = _TOPIC.match(s.text, t.end, s.end)
    if m is not None:
        a, topic = m.start(), m.end()
    else:
        # (the talk told in a clause after the call: "During the telephone conversation,
        # the ministers discussed sanctions against Russia")
        topic = _topic_cut(s, t.end, s.end) if t.type == "call" else s.end
        if topic >= s.end:
            return others
        a = topic
    named = [e for e in s.ents if e.code in others and e.kind in ("country", "adj")]
    if not named or any(e.start < topic or e.kind != "country"
                        or s.text.startswith(("'", "’"), e.end) for e in named):
        return others  # (named as a side too, or as an owner: "Japan's grant")
    if any(e.code in (ISSUER, ctx.issuer) for e in s.ents if e.start >= topic):
        return others  # "to review the agreements between Kenya and Ghana": both sides
    place = _place(s, cl[0], a if a > t.end else t.end, ctx) \
        or _place(s, cl[0], topic, ctx)
    if place is not None and place.country and place.country != ctx.issuer \
            and place.country not in others:
        return [str(place.country)]
    return []
