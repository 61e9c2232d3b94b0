"""Officials of several organisations listed as those met, each item set off by a
semicolon or a comma and each with its own remit and name ("held talks with the
Regional Director for the Caribbean of the EEAS, A; the Head for Central America of the
World Economic Forum, B; and delegates of the IACHR"): one meeting with each
organisation, not with the first alone. An organisation named only as a remit or topic
(no official of it) is none."""

from __future__ import annotations

import re

from ._recognise import Sentence

__all__ = ["orgs_of_officials_listed"]

#: an official of the organisation named right after: the office, a remit of a few
#: words ("for Latin America", "for the Americas", "on Human Rights"), then "of (the)"
_OFFICIAL_OF = re.compile(
    r"\b(?:(?:Deputy|Assistant|Executive|Regional|Managing|Vice)[- ])?"
    r"(?:Director|Head|Chief|President|Chair(?:man|woman|person)?|Secretary|"
    r"Secretary[- ]General|Director[- ]General|Commissioner|Coordinator|Representative|"
    r"representatives?|officials?|delegation|delegates)"
    r"(?:\s+(?:for|on)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?\s+of\s+(?:the\s+)?$")


#: what opens another item of the list before its official: a semicolon, a comma or
#: "and", then an article ("; the Director", "and the Head") or a group ("and
#: representatives"); "and Vice-President of the Commission", no article, is a second
#: office of the same official
_NEXT_ITEM = re.compile(r"(?:;|,|\band)\s+(?:and\s+)?(?P<art>(?:the|a|an)\s+)?$", re.I)
_GROUP = re.compile(r"(?:representatives|officials|delegates|delegation)\b", re.I)


def orgs_of_officials_listed(s: Sentence, a: int, b: int) -> list[str]:
    """The organisations, in order, whose officials ``s.text[a:b]`` lists when it lists
    two or more (see the module's docstring); else none."""
    out: list[str] = []
    for e in s.ents:
        if e.kind != "org" or not e.code or not a <= e.start < b:
            continue
        m = _OFFICIAL_OF.search(s.text, max(a, e.start - 80), e.start)
        if m is None or e.code in out:
            continue
        item = _NEXT_ITEM.search(s.text, max(a, m.start() - 12), m.start())
        if out and (item is None or not (item.group("art") or _GROUP.match(s.text, m.start()))):
            return []  # (two offices of one official: one meeting, see _orgs_met)
        out.append(e.code)
    return out if len(out) >= 2 else []
