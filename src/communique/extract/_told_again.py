"""A meeting the document told before, named again: as the occasion of what was
said there ("Discussions at the bilateral meeting between A and his counterparts
of B and C centred on ..."), as the object of its verb by a demonstrative ("...
enabled her to hold this working session with Chile's top diplomat") or with its
partners as a pronoun ("A therefore had bilateral meetings with them to ..."), in an
aside after the subject ("Lord A, during his meeting with B, congratulated him"); and
one told with several partners at once when a meeting with each of them was told
before (see
:func:`communique.extract._document.one_per_occasion`)."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

from ..model import Record

__all__ = ["joins_told", "told_again", "told_again_before"]

#: what was said at the meeting, as the sentence opens: "Discussions at the bilateral
#: meeting between ...", "The talks during the audience covered ...", "Exchanges at
#: these meetings focused on ..."
_SAID_AT = re.compile(
    r"\W*(?:the\s+)?(?:discussions|talks|exchanges|deliberations|conversations?)\s+"
    r"(?:at|during|in)\s+(?:the|this|that|their|these|those|both)\s+(?:[\w'‘’-]+\s+){0,3}?"
    r"(?:meetings?|talks|audiences?|sessions?|encounters?)\b", re.I)

#: the meeting named by a demonstrative as the object of its verb: "to hold this
#: working session with", "had that meeting"
_THIS_ONE = re.compile(r"\b(?:hold|held|holds|had|have|has|having|holding)\s+(?:this|that|the\s+"
                       r"same)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|talks|audience|"
                       r"discussions?|conversation)\b", re.I)

#: the partners of the meeting as a pronoun: "had bilateral meetings with them", "met
#: with him" (not "met with the Envoy and discussed with him": one named, then his topic)
_WITH_PRONOUN = re.compile(r"\b(?:meetings?|talks|met|meet|discussions|audiences?|sessions?)\s+"
                           r"with\s+(?:them|him|her|both\s+of\s+them)\b(?!\s*(?:and|,))",
                           re.I)


#: the meeting as an opening perfect participle, what followed it the sentence's news:
#: "Having met his Togolese counterpart, the Minister addressed the press"
_HAVING = re.compile(r"\W*having\s+(?:(?:also|already|first|just)\s+)?(?:met|received|hosted|"
                     r"welcomed|held\s+talks)\b", re.I)


#: the meeting named again in an aside after the sentence's subject: "Lord A, during his
#: meeting with B, congratulated him", "The Ambassador, at the talks with the Minister,
#: said"
_ASIDE = re.compile(r"\W*(?:[\w.’'-]+\s+){0,5}?[\w.’'-]+\s*,\s*(?:during|at|in|in\s+the\s+"
                    r"course\s+of)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|"
                    r"talks|conversation|audience|discussions?)\s+with\b", re.I)


def told_again(text: str) -> bool:
    """Whether a sentence names a meeting as the occasion of what was said at it, by
    a demonstrative, or with its partners only as a pronoun (either way one told
    before, if any was)."""
    return bool(_SAID_AT.match(text) or _THIS_ONE.search(text) or _WITH_PRONOUN.search(text)
                or _HAVING.match(text) or _ASIDE.match(text))


def joins_told(r: Record, seen: Container[tuple]) -> bool:
    """Whether a meeting with several partners at once was told before as a
    meeting with each of them, on the same day."""
    if r.type != "meeting" or len(r.to) < 2:
        return False
    rest = (tuple(r.organizations), r.date.start, r.quantity.value if r.quantity else None)
    return all((r.type, tuple(r.from_), (c,), *rest) in seen for c in r.to)


def told_again_before(r: Record, seen: Iterable[tuple], review: bool = True) -> bool:
    """Whether a meeting a review names again ("Talks during the meeting covered
    trade") was told before with the same sides in the same month (or a day of the
    year the sentence falls back on): the one told, not a second one. Outside a review
    only the meeting named as the occasion of what was said counts ("In March, A
    received B. Discussions during the meeting focused on ..." in a text dated by its
    year alone)."""
    if r.type != "meeting" or r.source is None or not (
            told_again(r.source.text) if review else _SAID_AT.match(r.source.text)):
        return False
    head = (r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations))
    start = r.date.start or ""
    return any(k[:4] == head and str(k[4] or "").startswith(start) for k in seen)
