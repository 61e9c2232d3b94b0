"""The other side's own events told in what its minister said: "The Moldovan minister
replied, adding that earlier in the day he had met the Foreign Minister of Estonia"; "the
Israeli minister said that he had held talks in Athens with the Foreign Minister of
Greece"; "the Armenian minister recalled his talks in Brussels with the Foreign Minister
of Belgium"; "The Cambodian Foreign Minister said his country had signed a similar
agreement with Laos". The speaker is an official of another country than the issuer, the
reported clause's actor is the speaker ("he", "she", "his country"), and the event names a
third side: it is the speaker's country's event with that side, not ours. Our own
minister's words ("the Minister said he had met C") and the speaker's words about the
meeting with us ("he had met the Minister") are left as they were."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Record
from ._frame_parts import Context
from ._recognise import ISSUER, Sentence
from ._triggers import Trigger

__all__ = ["said_by_the_other"]

#: the speaker, a verb of saying, then the reported clause's actor right before the event:
#: "the Moldovan minister replied, adding that earlier in the day he had", "the Israeli
#: minister said that he had", "recalled his", "said his country had"
_SAID = re.compile(
    r"(?P<who>(?:\b(?:the|his|her|their)\s+)?(?:[\w'’-]+\s+){0,5}?(?:minister|counterpart|"
    r"colleague|secretary|president|prime\s+minister|ambassador|envoy|chancellor)"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})?)"
    r"(?:,?\s+\w+,?)??\s+(?:said|says|replied|added|recalled|recalls|noted|notes|stated|"
    r"mentioned|explained|told\s+\w+|informed\s+\w+)(?:,?\s+(?:adding|noting)\s+)?"
    r"(?:\s*that)?(?:\s+(?:earlier\s+(?:in\s+the\s+day|that\s+day|this\s+week)|on\s+\w+|"
    r"the\s+(?:day|week)\s+before|last\s+\w+),?)?\s+(?:he|she|his(?:\s+country)?|"
    r"her(?:\s+country)?|their\s+country)\b[^.;\"“”]*$", re.I)


def said_by_the_other(s: Sentence, t: Trigger, made: list[Record], ctx: Context
                      ) -> list[Record]:
    """``made`` with the events a foreign speaker tells of his own side's (see above)
    given to that side."""
    issuer = ctx.issuer
    if not made or not issuer or t.type not in ("meeting", "call", "agreement", "consultation"):
        return made
    m = _SAID.search(s.text, s.start, t.start)
    if m is None:
        return made
    who = {e.code for e in s.ents if m.start("who") <= e.start and e.end <= m.end("who")
           and e.kind in ("country", "adj") and not e.place}
    if len(who) != 1 or ISSUER in who or issuer in who:
        return made
    side = next(iter(who))
    if not any(r.type == t.type and r.from_ == [issuer]
               and any(c not in (issuer, side) for c in r.to) for r in made):
        return made  # ("he had met the Minister": the meeting with us, told again)
    out: list[Record] = []
    for r in made:
        third = [c for c in r.to if c not in (issuer, side)]
        if r.type == t.type and r.from_ == [issuer] and third:
            out.append(replace(r, from_=[side], to=third))
        elif not (r.type == t.type and r.from_ == [issuer] and r.to == [side]):
            out.append(r)  # (the speaker is the actor, no side of his own event)
    return out
