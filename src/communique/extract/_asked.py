"""A briefing's question turn ("Reuters: We noted that A met B on Saturday. Can you tell
us more?"): the events it tells, which the answer tells no second time (the sentences
step keeps their keys)."""

from __future__ import annotations

import re

from ..model import Record

__all__ = ["QUESTION_TURN", "event_key"]

#: a turn of a briefing transcript opened by its speaker: "Reuters:", "Q:", "Phoenix TV:"
QUESTION_TURN = re.compile(r"\s*(?:Q|Question|[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}):\s")


def event_key(r: Record) -> tuple[object, ...]:
    """What makes an event told in a question the same as one told in the answer."""
    return (r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations), r.date.start)
