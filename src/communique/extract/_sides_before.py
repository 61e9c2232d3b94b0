"""A country named only before the verb that meets an organisation's official, set
off from it by a comma: the place of the visit the sentence opens with ("During his
visit to Austria, the Minister met the Director General of the IAEA") or the partner
of an earlier meeting of the sentence ("met his Austrian counterpart, met business
leaders and the Director General of the IAEA"). It is no side of that meeting, which
is with the organisation alone."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._recognise import Ent, Sentence
from ._triggers import Trigger

__all__ = ["sides_set_off_before"]

#: a comma between the country and the verb (the opener or the earlier object closed)
_SET_OFF = re.compile(r"[^.;]*,")


def sides_set_off_before(s: Sentence, t: Trigger, ents: Iterable[Ent],
                         others: list[str]) -> bool:
    """Whether every side in ``others`` is named only before the trigger, each set off
    from it by a comma."""
    named = [e for e in ents if e.code in others]
    return bool(named) and all(e.end <= t.start and _SET_OFF.match(s.text[e.end:t.start])
                               is not None for e in named)
