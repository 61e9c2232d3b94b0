"""Who the sides of a trip are, beside the travel frame (moved out of
:mod:`communique.extract._frames_travel`): the visiting organisations, one visit each;
the issuer's own institutions abroad, which are no destination; a country's possessive
after a place, which is the subject's, not one more host."""

from __future__ import annotations

import re

from ._recognise import ISSUER, Ent, Sentence

__all__ = ["one_team", "our_own_abroad", "possessive_subject"]

#: a group described by who sent or leads it: its organisation named again there is the
#: same group's ("a mission of the ECOWAS Commission, headed by a Commissioner ... of ECOWAS")
_LED_BY = re.compile(r"\b(?:led|headed|designated|sent|dispatched|appointed|chaired)\s+by\b",
                     re.I)

#: nothing but a short form in brackets between an organisation and the name of its
#: official (an office-holder the text names by name stands for the organisation)
_SAME_NAMED = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?,?\s*")


def one_team(orgs: list[Ent], text: str) -> list[str]:
    """The organisations of the visitors, one visit each; one named again in the phrase
    that says who led or sent the group is no second visit (officials listed are)."""
    out: list[str] = []
    last: dict[str, int] = {}
    for e in orgs:
        if e.code in last and (_LED_BY.search(text, last[e.code], e.start)
                               or _SAME_NAMED.fullmatch(text, last[e.code], e.start)):
            continue  # (or its official's name right after it: "the ... Agency (IAEA) A")
        last[e.code] = e.end
        out.append(e.code)
    return out


#: our own institutions or people abroad: "visited the Georgian embassy", "the
#: Singapore companies operating in ...", "the Georgian community"
_OWN_ABROAD = re.compile(r"\s+(?:[\w-]+\s+)?(?:embassy|embassies|consulate|companies|firms|"
                         r"businesses|community|diaspora|troops|peacekeepers|contingent|"
                         r"soldiers|school|pavilion)\b", re.I)


def our_own_abroad(s: Sentence, e: Ent, issuer: str | None) -> bool:
    """Whether a destination is only the issuer's name before its own institution
    abroad (no visit to the issuer)."""
    return e.kind in ("adj", "country", "issuer") and e.code in (issuer, ISSUER) \
        and _OWN_ABROAD.match(s.text, e.end) is not None


#: a country's possessive after a comma, then an office: the subject of the clause
_POSSESSIVE_OFFICE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?-i:Minister|President|Prime|"
                                r"Secretary|Ambassador|Deputy|Vice|King|Queen|Emir|Chancellor|"
                                r"Foreign|Special|Head|delegation|minister|president|envoy)")


def possessive_subject(s: Sentence, prev: Ent, e: Ent) -> bool:
    """Whether the country ``e``, after the place ``prev`` and a comma, is the subject's
    possessive ("During his visit to Geneva, Kenya's Foreign Minister met ..."), not one
    more host."""
    return e.kind == "country" and "," in s.text[prev.end:e.start] \
        and _POSSESSIVE_OFFICE.match(s.text, e.end) is not None
