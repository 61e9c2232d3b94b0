"""A body named in a list of the channels something works through: "cooperation
will run through a joint action plan, a working group and a business council",
"via an expert group, a steering committee and regular contacts". The list says by
what means cooperation goes on; none of its bodies is told to have met (read by
:func:`communique.extract._not_held.topic_only`). A body that is the subject of a
verb of its own ("Through dialogue, the joint commission met in May") still met.
One body alone named as the channel after a verb of ties developing ("advanced
through a joint working group") is one too (:mod:`._channel_named`)."""

from __future__ import annotations

import re

from ._channel_named import channel_named

__all__ = ["means_listed"]

#: "through" (or "via", "by means of") and a list of nouns up to the trigger: a comma or
#: "and" in the list, no verb and no clause in it
_THROUGH_LIST = re.compile(
    r"\b(?:through|via|by\s+means\s+of|by\s+way\s+of)\s+"
    r"(?=[^.;:]*(?:,|\band\b))"
    r"(?:(?!\b(?:the|was|were|is|are|has|have|had|held|met|will|would|which|that|who|"
    r"when|where)\b)[\w\s,’'-]){1,160}$", re.I)
#: a verb right after the body: the body is a subject, it acted
_VERB_AFTER = re.compile(r"\s*(?:,[^,]{0,60},\s*)?(?:(?:also|then|first)\s+)?"
                         r"(?:was|were|is|are|has|have|had|held|met|meets|convened|opened|"
                         r"will|shall|took|takes)\b", re.I)


def means_listed(text: str, start: int, at: int, end: int, stop: int) -> bool:
    """The body named at ``at``-``end`` in ``text`` (its clause opening at ``start``
    and closing at ``stop``) is one item of a list of means after "through" (see
    above), and no verb follows it."""
    if channel_named(text, start, at, end, stop):
        return True  # "ties advanced through a joint working group": one channel named
    before = text[max(start, at - 200):at]
    if "through" not in before.lower() and "via" not in before.lower() \
            and "means" not in before.lower() and "way of" not in before.lower():
        return False
    return bool(_THROUGH_LIST.search(before)) and not _VERB_AFTER.match(text, end, stop)
