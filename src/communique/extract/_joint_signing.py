"""One document signed by several sides named together as the subject, the
issuer's among them: "The prime ministers of Norway, Sweden and Finland signed a
joint statement", "Chile, Peru and Colombia have signed a declaration on ocean
policy". All of them sign one text on one occasion, so it is one `agreement`
with every other side as counterpart, not a bilateral one with each (the
meeting's reading of the same subject: :func:`_frame_rules._joint_subject`)."""

from __future__ import annotations

import re

from ._frame_parts import Context
from ._joint_signed_by import signed_by_together
from ._recognise import ISSUER, Ent, Sentence
from ._triggers import Trigger

__all__ = ["signed_retold", "signed_together"]

#: the verb's object is one document: "a joint declaration", "the memorandum", "an
#: accord" (not "agreements", "several memoranda", "documents")
_ONE_DOCUMENT = re.compile(
    r"\s+(?:(?:a|an|the)\s+(?:new\s+|joint\s+|common\s+|trilateral\s+|quadrilateral\s+|"
    r"multilateral\s+|political\s+|ministerial\s+)*(?:declaration|statement|communiqu[eé]|"
    r"memorandum|agreement|accord|protocol|treaty|charter|convention|letter|roadmap|"
    r"road map|pact)\b(?!s)|(?:a|the)\s+joint\b)", re.I)
#: "with", "between" right after the verb: counterparts after it, not in the subject
_WITH_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?(?:with|between)\b", re.I)
#: a subject of several countries' envoys signs for no government of its own
_ENVOYS = re.compile(r"\b(?:ambassadors|envoys|heads of missions?)\b", re.I)
#: the signing verb the subject governs
_SIGNED = re.compile(r"(?:have\s+|had\s+|jointly\s+|also\s+)*(?:signed|adopted|endorsed)$",
                     re.I)


def signed_together(s: Sentence, t: Trigger, cl: tuple[int, int], ents: list[Ent],
                    others: list[str], ctx: Context) -> bool:
    """Whether the agreement trigger ``t`` tells one document of all ``others`` and
    the issuer, all named before the verb as one subject: at least two others, the
    issuer among the subject's countries, one document as the object and no
    counterpart after "with"."""
    if t.type != "agreement" or len(others) < 2 or not ctx.issuer:
        return False
    if not _SIGNED.search(t.text.strip()):
        return False
    if signed_by_together(s.text, (t.start, t.end), cl, ents, others, ctx.issuer):
        return True
    if _WITH_AFTER.match(s.text, t.end, min(s.end, t.end + 60)) \
            and not _ONE_DOCUMENT.match(s.text, t.end):
        return False
    if not _ONE_DOCUMENT.match(s.text, t.end):
        return False
    before = {e.code for e in ents if cl[0] <= e.start < t.start}
    if not set(others) <= before or not ({ctx.issuer, ISSUER} & before):
        return False
    return not _ENVOYS.search(s.text, cl[0], t.start)


#: a signing that refers back to what was just told: "these ties", "those documents",
#: "the respective envoys", "the said accords"
_BACK = re.compile(r"\b(?:these|those|the\s+respective|the\s+said)\b", re.I)


def signed_retold(s: Sentence, a: int, b: int, others: list[str], ctx: Context) -> bool:
    """Whether a signing with no side of its own, referring back ("Joint communiqués
    formalising these ties were signed by ..."), retells agreements already told with
    several other partners, none of them the one the text is about: those signings, not
    one more with the partner in focus (the host of the trip)."""
    if not _BACK.search(s.text, a, b):
        return False
    signed = {c for kind, sides in ctx.reported if kind == "agreement" for c in sides}
    return len(signed) >= 2 and not set(others) & signed
