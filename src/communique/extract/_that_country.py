"""A visit whose host is named by an anaphor, "to that country" ("A consulate will
open in Osaka. It was the first visit of a Chilean Foreign Minister to that country",
"the first trip by an Austrian minister to that nation in a decade"): the host is the
foreign country named last before it (by its name or one of its cities), in the same
sentence before the trigger or in the sentence before, else the side the text is about
(the focus). "To the country" and "to this country" are not read: in a text of the
issuer they may be its own land."""

from __future__ import annotations

import re

from ._frame_parts import Context
from ._recognise import ISSUER, Ent, Sentence

__all__ = ["that_country"]

#: the anaphor right where the host would be named (after the trigger and its guest)
_THAT = re.compile(r"(?:to|in)\s+(?:that|the\s+same)\s+(?:country|nation)\b", re.I)
#: how far back (characters, within the paragraph) the country may be named
_BACK = 300


def _foreign(ents: list[Ent], issuer: str | None, visitors: list[str]) -> list[str]:
    return [e.code for e in ents if e.kind in ("country", "city")
            and e.code not in (ISSUER, issuer) and e.code not in visitors]


def that_country(s: Sentence, at: int, end: int, ctx: Context, visitors: list[str]) -> list[str]:
    """The host ``[code]`` when the travel slot at ``at`` reads "to that country" and
    a foreign country is named before it (see the module's docstring); else ``[]``."""
    if at >= end or _THAT.match(s.text, at, end) is None:
        return []
    issuer = ctx.issuer
    here = _foreign([e for e in s.ents if e.end <= at], issuer, visitors)
    if here:
        return here[-1:]
    a = max(s.text.rfind("\n\n", 0, s.start) + 2, s.start - _BACK)
    if s.gazetteer is not None and a < s.start:
        before = _foreign(Sentence(a, s.start, s.text, gaz=s.gazetteer).ents, issuer, visitors)
        if before:
            return before[-1:]
    host = ctx.focus[0] if len(ctx.focus) == 1 else None
    return [host] if host and host != issuer and host not in visitors else []
