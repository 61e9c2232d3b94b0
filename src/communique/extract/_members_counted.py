"""A body whose members are counted as the places visited ("has visited 12 of the 16
other Forum members", "has been to nine of the ten ASEAN member states", "visited seven
of the 16 member states of SADC") is no destination of its own: the count is a figure,
and the visits it sums are not told one by one (the travel frame,
:mod:`communique.extract._frames_travel`, asks here)."""

from __future__ import annotations

import re

from ._recognise import Ent, Sentence

__all__ = ["members_counted"]

_COUNT = (r"(?:(?:more\s+than|over|about|around|nearly|some|almost|at\s+least|all|most)\s+)?"
          r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
          r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|several|many)")
#: the count and "of the (N) (other) " before the body's name ("12 of the 16 other
#: Forum members"), or "... member states of (the) " ("seven of the 16
#: member states of SADC")
_BEFORE = re.compile(
    r"^[\s,]*" + _COUNT + r"\s+(?:(?:of\s+)?(?:the|its|our|their)\s+(?:\d{1,3}\s+|[a-z]+\s+)?)?"
    r"(?:(?:other|fellow|remaining)\s+)?(?:(?:member\s+(?:states|countries|nations)|members|"
    r"countries|states|nations)\s+of\s+(?:the\s+)?)?$", re.I)
#: the members named after the body: "... Forum members", "... ASEAN member states",
#: "the body's member countries"
_AFTER = re.compile(r"(?:['’]s)?\s+(?:member\s+(?:states|countries|nations|economies)|"
                    r"members|countries|nations|states)\b", re.I)
_OF_MEMBERS = re.compile(r"(?:member\s+(?:states|countries|nations)|members|countries|states|"
                         r"nations)\s+of\s+(?:the\s+)?$", re.I)


def members_counted(s: Sentence, trigger_end: int, group: list[Ent]) -> bool:
    """Whether the destinations after a visit trigger are one body whose members are
    counted ("visited 12 of the Forum's members"), not the body visited."""
    orgs = [e for e in group if e.kind == "org"]
    if len(orgs) != 1 or len(group) != 1 or group[0].start < trigger_end:
        return False
    org = orgs[0]
    before = s.text[trigger_end:org.start]
    if _BEFORE.match(before) is None or not re.search(r"\S", before):
        return False
    return bool(_OF_MEMBERS.search(before) or _AFTER.match(s.text, org.end, s.end))
