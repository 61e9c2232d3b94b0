"""Consultations named as the occasion a meeting was part of: "met within the
framework of the third round of political consultations", "The meeting was held in
the framework of the political consultations between the foreign ministries". The
definite "the" after "framework of" names one occasion held, not the format as a
topic; the format itself ("of the mechanism of political consultations", "of the
regular consultations mechanism") and an indefinite habit ("within the framework of
regular consultations") stay topics (see ``_not_held._CONSULT_TOPIC``)."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["round_framed"]

#: "(within|in) the framework of the [2nd round of] " right before the trigger
_FRAMED = re.compile(r"\bframework\s+of\s+the\s+(?:[\w-]+\s+){0,4}$", re.I)
#: the format, not an occasion, named in between or right after
_FORMAT = re.compile(r"\b(?:mechanisms?|formats?|memorand\w*|agreements?|programmes?|plans?)\b",
                     re.I)
_BY_NAME = re.compile(r"\b(?:consultations?|round)\b", re.I)
_FORMAT_AFTER = re.compile(r"\s+(?:mechanisms?|formats?)\b", re.I)


def round_framed(s: Sentence, t: Trigger) -> bool:
    """Whether the consultations are the occasion named after "framework of the"."""
    if not _BY_NAME.search(t.text):
        return False  # ("of the A-B strategic dialogue": a standing format by its name)
    m = _FRAMED.search(s.text, max(s.start, t.start - 60), t.start)
    return m is not None and not _FORMAT.search(s.text, m.start(), t.start) \
        and not _FORMAT_AFTER.match(s.text, t.end)
