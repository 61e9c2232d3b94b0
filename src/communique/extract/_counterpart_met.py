"""The subject's counterpart as the official a meeting verb names ("called on President A
and held talks with his Chilean counterpart B"): the counterpart holds the subject's own
office on the other side, so a sentence's second meeting with that side is another
occasion when the official met first held another office (the President, not the
Foreign Minister); when the one met first held the subject's office ("received Foreign
Minister A and held talks with his counterpart"), it is the same person met once.

On our own visit abroad told earlier in the sentence ("concluded a visit to Chile, during
which she called on the President and met the Minister of Mining, A"), a minister of a
named portfolio whom no country qualifies is the host's, another official met (at home,
such a title is our own minister, and "the Minister" alone our subject)."""

from __future__ import annotations

import re

from ._persons import TitleMention
from ._recognise import Sentence
from ._sentence_keys import Who
from ._triggers import Trigger

__all__ = ["counterpart_met", "host_minister"]

#: "his counterpart", "her Chilean counterpart, Ana Soto", "their Kenyan counterpart Mr B"
_COUNTERPART = re.compile(
    r"\s+(?:(?:with|on)\s+)?(?:his|her|their)\s+(?:(?-i:[A-Z])[\w’'-]+\s+){0,3}counterpart\b"
    r"(?:,?\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,3}))?",
    re.I)


def counterpart_met(s: Sentence, t: Trigger, titles: list[TitleMention], issuer: str | None,
                    told: set[Who]) -> Who:
    """The official meeting trigger ``t`` names as the subject's counterpart, as the
    subject's office and the name given, or one of ``told`` (the officials the
    sentence's earlier triggers named) who may be the same person; None when no
    counterpart follows the trigger or the subject's office is not told."""
    m = _COUNTERPART.match(s.text, t.end)
    if m is None or None in told:
        return None  # (a meeting before named no official: this may be the one it told)
    role = next((x.role for x in titles if s.start <= x.start < t.start
                 and (x.country in (issuer, None) or x.inferred)), None)
    if role is None:
        return None
    name = m.group("name")
    for w in told:
        if w is not None and w[0] == role and (w[1] is None or name is None or w[1] == name):
            return w
    return (role, name)


#: a minister's portfolio right after the title: "Minister of Commerce", "Minister for
#: Trade", "Minister of the International Department"
_PORTFOLIO = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z])")
#: ... or inside it ("Minister of Energy" read as one title)
_NAMED_PORTFOLIO = re.compile(r"\s(?:of|for)\s", re.I)


def host_minister(s: Sentence, t: Trigger, titles: list[TitleMention], end: int,
                  abroad: bool) -> Who:
    """On our visit abroad (``abroad``), the first minister of a named portfolio with no
    country after meeting trigger ``t`` (up to ``end``), as an official of its own."""
    if not abroad:
        return None
    for x in titles:
        if t.end <= x.start < end and x.inferred and x.role == "minister" \
                and (_PORTFOLIO.match(s.text, x.end) or _NAMED_PORTFOLIO.search(
                    s.text, x.start, x.end)):
            return ("minister", f"@{x.start}")
    return None
