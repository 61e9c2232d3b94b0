"""A signing of two other countries told by a third, which only comments on it:
"France welcomes the memorandum signed on Monday by Rwanda and the DRC", "China has
noted that Serbia and Kosovo signed an agreement in Brussels". The document is the
signatories' (the first of them, then the rest), not an agreement of the commenting
issuer with each of them (:func:`_gatherings.joint_others` reads the plain "A and B
signed" with no third country in the sentence)."""

from __future__ import annotations

import re

from ._recognise import ISSUER, Sentence
from ._triggers import Trigger

__all__ = ["others_signing"]

#: the agent of a signing told in the passive, after a few words of time or place:
#: "signed on Monday by", "signed in Doha yesterday by", "was signed by"
_BY = re.compile(r"(?:\s+(?:on|in|at|last|this|earlier|today|yesterday|in\s+the)\b[^,;.]{0,40}?)?"
                 r",?\s+by\s+(?:the\s+)?", re.I)
#: a commenting clause before "that": "noted that", "is pleased that", "learned that"
_COMMENT_THAT = re.compile(
    r"\b(?:not(?:ed|es|ing)|welcom(?:ed|es|ing)|learn(?:ed|t|s)|hail(?:ed|s)|"
    r"applaud(?:ed|s)|commend(?:ed|s)|acknowledg(?:ed|es)|(?:is|was|are|were)\s+"
    r"(?:pleased|glad|happy|satisfied)|recall(?:ed|s)|underlin(?:ed|es)|stress(?:ed|es)|"
    r"said|says|stated|states|announced)\s+that\s+(?:the\s+)?$", re.I)
#: the signing verb with its auxiliaries: "have signed", "had jointly signed"
_SIGNED_VERB = re.compile(r"(?:(?:have|has|had|jointly|officially|formally|also|just)\s+)*"
                          r"signed$", re.I)
#: where the list of signatories ends
_LIST_END = re.compile(r"[,;.()]|\s(?:in|on|at|during|after|before|to|for|with|under|"
                       r"which|who|that|as|last|this|yesterday|today|was|were|is|are|has|"
                       r"have|had|will|would)\s", re.I)
#: the signatories congratulated, then named again by "they": "congratulates A and B on
#: the accord they signed"
_CONGRATULATED = re.compile(r"\bcongratulat(?:ed|es|ing)\s+(?:the\s+(?:governments|leaders|"
                            r"peoples)\s+of\s+)?", re.I)
_THEY = re.compile(r"\bthey\s+$", re.I)
#: the issuer's own people or voice among the signatories
_OURS = re.compile(r"\b(?:our|we|the\s+minister|the\s+ministry|the\s+president|"
                   r"the\s+prime\s+minister|his|her)\b", re.I)


def _sides(s: Sentence, a: int, b: int, issuer: str) -> list[str]:
    """The countries named between ``a`` and ``b``, in order, if at least two and
    none of them the issuer or its people."""
    if _OURS.search(s.text, a, b) or not re.search(r"\band\b|&", s.text[a:b]):
        return []
    ents = [e for e in s.ents if a <= e.start and e.end <= b]
    if any(e.kind == "issuer" or e.code in (issuer, ISSUER) for e in ents):
        return []
    codes = list(dict.fromkeys(e.code for e in sorted(ents, key=lambda e: e.start)
                               if e.kind in ("country", "adj") and not e.place))
    return codes if len(codes) >= 2 else []


def others_signing(s: Sentence, t: Trigger, clause_start: int, others: list[str],
                   issuer: str | None) -> list[str]:
    """The signatories of a document of others, where the sentence names them as the
    agent of a passive signing ("signed ... by A and B"), as the subject of "that
    A and B signed" after a comment of the issuer's, or as those congratulated "on the
    accord they signed"; else none. The signatories must
    be all the sides the frame found, the issuer none of them."""
    if t.type != "agreement" or not issuer or len(others) < 2 or issuer in others:
        return []
    if not t.text.lower().endswith("signed"):
        return []
    by = _BY.match(s.text, t.end, s.end)
    if by:
        end = _LIST_END.search(s.text, by.end(), s.end)
        with_us = end is not None and s.text.startswith(" with ", end.start())
        sides = [] if with_us else _sides(s, by.end(), end.start() if end else s.end, issuer)
        if set(sides) == set(others):
            return sides
    verb = _SIGNED_VERB.search(s.text, clause_start, t.end)
    if verb is None:
        return []
    head = s.text[max(clause_start, verb.start() - 160):verb.start()]
    cong = _CONGRATULATED.search(head) if _THEY.search(head) else None
    if cong:
        start = verb.start() - len(head) + cong.end()
        on = re.compile(r"\s(?:on|for|upon)\s", re.I).search(s.text, start, verb.start())
        sides = _sides(s, start, on.start(), issuer) if on else []
        return sides if set(sides) == set(others) else []
    that = head.rfind(" that ")
    if that < 0 or not _COMMENT_THAT.search(head[:that + 6]):
        return []
    start = verb.start() - len(head) + that + 6
    sides = _sides(s, start, verb.start(), issuer)
    return sides if set(sides) == set(others) else []
