"""The date an office was taken, told of the person who holds it: "Member of
Parliament since 2017", "Deputy Foreign Minister since March 2019", "shadow
minister for Africa and the Caribbean since May 2022". It describes the person
met, not the day of the event the sentence tells."""

from __future__ import annotations

import re

from ._gate import Gated

__all__ = ["office_held_since"]

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
