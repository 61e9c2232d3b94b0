"""The country of a foreign city a meeting is told in, when the person met bears
a national title and no country is named ("In Amman on 14 March, he met Foreign
Minister Safadi": Jordan's)."""

from __future__ import annotations

import re

from ._frame_parts import Context, _ents
from ._frame_rules import _BOUND_FOR
from ._org_office import ORG_OFFICIAL as _ORG_OFFICIAL
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["host_of_city"]

#: a name after the city: "Foreign Minister Santiago Cafiero" (a first name, no city)
_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z][a-zà-ÿ]+)\b(?<!\bon)")
#: a title only a country's official bears, national or of a region or city of it
#: ("West Bengal Governor A", "the Chief Minister of Kerala", "the Mayor of Osaka")
_NATIONAL_TITLE = re.compile(r"\b(?:(?:Foreign|Prime|Deputy|Vice|State) Minister|"
                             r"Minister (?:of|for)|President|King|Queen|Emir|Sultan|"
                             r"Crown Prince|Chancellor|"
                             r"Speaker|Premier|Governor|Chief Minister|Chief Secretary|"
                             r"(?:Lord )?Mayor|Minister-President)\b")


def host_of_city(s: Sentence, t: Trigger, cl: tuple[int, int], rb: int,
                  ctx: Context) -> str | None:
    """The country of the foreign city the clause names, when the person met after
    the trigger bears a national title and no country or organisation is named."""
    if _ORG_OFFICIAL.search(s.text, t.end, rb) or not _NATIONAL_TITLE.search(s.text, t.end, rb):
        return None
    named = _ents(s, cl[0], cl[1], "country", "adj")
    if named:
        # "In Albania, he met the Deputy Minister": the country named as the place is
        # the host's, as a city of it would be (not when a country is named as a side)
        # (a place told before the meeting: one after it may be a topic's, "centred on
        # the transition in Burkina Faso")
        if all(e.kind == "country" and e.place and e.end <= t.start for e in named) \
                and len({e.code for e in named}) == 1 and named[0].code != ctx.issuer:
            return named[0].code
        return None
    for e in _ents(s, cl[0], cl[1], "city"):
        if _NAME_AFTER.match(s.text, e.end):
            continue  # "Foreign Minister Santiago Cafiero": a first name, not a city
        if _BOUND_FOR.search(s.text, max(cl[0], e.start - 40), e.start):
            continue  # "..., before leaving for Paris": where the journey goes next
        if e.code and e.code != ctx.issuer:
            return e.code
    if ctx.post_place is not None and not _ents(s, cl[0], cl[1], "city"):
        # "Back in Nairobi. Also met President A": where the post's author said they are
        return ctx.post_place.country
    return None
