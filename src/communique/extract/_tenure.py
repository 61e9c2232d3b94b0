"""The date an office was taken, told of the person who holds it: "Member of
Parliament since 2017", "Deputy Foreign Minister since March 2019", "shadow
minister for Africa and the Caribbean since May 2022". It describes the person
met, not the day of the event the sentence tells."""

from __future__ import annotations

import re

from ._gate import Gated

__all__ = ["OFFICE_DAY", "office_held_since"]

#: an office (or the body a member sits in), its portfolio in capitals after "of",
#: "for" or "to" ("Ambassador of Portugal to Nigeria"), then "since" right before
#: the date ("has been in Kenya since Monday" names no office: a stay's first day)
_SINCE = Gated(re.compile(
    r"\b(?:member|minister|secretary|ambassador|chair(?:man|woman|person)?|president|"
    r"director|head|spokes(?:man|woman|person)|deputy|senator|governor|commissioner|envoy|"
    r"representative|leader|mayor|speaker|MP|adviser|advisor|counsellor|"
    r"parliament|senate|assembly|congress|bundestag|council|committee)"
    r"(?:\s+(?:of|for|to|on)(?:\s+(?:the|and|of|for|to|affairs|relations|"
    r"cooperation|development|trade|policy|security|defen[cs]e|(?-i:[A-Z])[\w'’&.-]*))+?)?"
    r"\s+since\s+(?:(?:early|late|mid-?)\s*)?$", re.I))


def office_held_since(text: str, start: int) -> bool:
    """Whether the time at ``start`` is when an office named just before it was
    taken ("Senator since 2011")."""
    return _SINCE.search(text, max(0, start - 120), start) is not None


#: the day of an office taken or a body founded ("in office since 3 May", "after
#: taking office on 12 January", "who took up his post in May 2022"): no day of the
#: event reported (read by :mod:`communique.extract._frame_parts`)
OFFICE_DAY = Gated(re.compile(r"\b(?:(?:in|take|takes|took|taking|taken|assum\w+(?: of)?) office|"
                         # ("due to assume her new post in May", "who takes office in
                         # June": an office still to be taken, no day of the event either)
                         r"appointed|(?:take|took|taking|taken|takes) up (?:(?:his|her|their|"
                         r"the) )?(?:(?:new|official|formal) )?(?:post|duties|position|"
                         r"functions|assignment)|assum\w+ (?:(?:his|her|their|the) )?(?:(?:new|"
                         r"official|formal) )?(?:post|duties|position|functions)|"
                         r"born|founded|established|inaugurated)(?:\s+(?:on|in|since))?\s*$|"
                         # "the first visit of a Chinese premier since 2017": a reference
                         # point, not the day of the event
                         # ("... since his inauguration in January", "since the election
                         # of 3 May": the point named by a noun after "since")
                         r"\b(?:first|last|only)\b[^.;]{0,100}\bsince\s+(?:(?:his|her|their|its|"
                         r"the)\s+(?:[\w-]+\s+){1,3}?(?:in|on|of)\s+)?$|"
                         # ("her first meeting with A since she took over as foreign
                         # minister earlier this year", "the first talks since they met in
                         # Lima in March": the point told by a clause after "since")
                         r"\b(?:first|last|only)\b[^.;]{0,100}\bsince\s+(?:he|she|they|we|it|I)"
                         r"\s+[^.;,]{1,80}?\s$|"
                         # "took over as foreign minister in May": an office taken
                         r"\b(?:took|taking|taken|takes)\s+over\s+as\s+[^.;,]{1,60}?\s$|"
                         # "to review the progress made since its inauguration in May 2019",
                         # "since the signing of the accord in March 2018": a point the
                         # event looks back to, named by a noun after "since"
                         r"\bsince\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+){1,5}?"
                         r"(?:in|on)\s+$|"
                         # a programme's term ("for the years 2025 to 2028", "for the period")
                         r"\bfor\s+the\s+(?:years|period)(?:\s+(?:of|from))?\s*$", re.I))
