"""A second predicate of one subject opened by its own time: "met the Ambassador of
Chile on 1 March and on 2 March received the Ambassador of Peru", "visited Togo on 27
February and on 29 February travelled to Benin", "called A and on Friday she spoke with
B". The time between "and" and the second verb is that verb's, and what comes before
the "and" (the first partner, the first day) is the first verb's: each trigger reads
its own stretch, not the other's (one record each, not every partner on every day).
See :mod:`communique.extract._coordinated_time` for the second verb's own time when
the sentence gives it no other."""

from __future__ import annotations

import re

from ._readings import own_region, stay_region
from ._recognise import Sentence
from ._subject_relative import in_subject_relative
from ._triggers import Trigger

__all__ = ["predicate_regions", "trigger_region"]

#: "and" (with "then", "later" ...) and a preposition of time right before the date
_AND = re.compile(r",?\s+and\s+(?:(?:then|later|subsequently|afterwards|also),?\s+)?"
                  r"(?:(?:in|on|during|at)\s+)?$", re.I)
#: between the date and the verb: a comma, an adverb, a pronoun or "the <Office>" as
#: the subject said again ("and on Friday she spoke", "and on 2 March the Minister met")
_GAP = re.compile(r"\s*,?\s*(?:(?:he|she|they|we|I|(?:the\s+)?(?-i:[A-Z])[\w-]+"
                  r"(?:\s+(?-i:[A-Z])[\w-]+)?)\s+)?(?:(?:also|then|later|jointly|finally|"
                  r"again)\s+)?", re.I)


def predicate_regions(s: Sentence, triggers: list[Trigger]) -> dict[int, int]:
    """For each trigger (by start) opened by its own time after "and", where that
    "and" stands: the trigger before it reads up to there, the trigger itself from
    there."""
    out: dict[int, int] = {}
    for prev, t in zip(triggers, triggers[1:], strict=False):
        for d in s.dates:
            if not prev.end < d.start < t.start or not _GAP.fullmatch(s.text, d.end, t.start):
                continue
            m = _AND.search(s.text, max(prev.end, d.start - 50), d.start)
            if m is not None and _dated_before(s, m.start()):
                out[t.start] = m.start()
            break
    return out


def _dated_before(s: Sentence, b: int) -> bool:
    """Whether the first predicate names a time of its own, or the sentence one before
    it ("On 28 February the Minister called A and on 1 March spoke with B")."""
    return any(d.end <= b for d in s.dates)


def trigger_region(s: Sentence, triggers: list[Trigger], i: int, cl: tuple[int, int],
                   splits: dict[int, int]) -> tuple[tuple[int, int], list[int]]:
    """The stretch of clause ``cl`` the ``i``-th trigger reads its partners and time
    from (after the trigger before it, up to the next one; see :func:`own_region` and
    :func:`stay_region`, and the splits of :func:`predicate_regions`), and the starts of
    the triggers after it in the clause."""
    t = triggers[i]
    prev_end = max([x.end for x in triggers[:i] if x.start >= cl[0]
                    and not in_subject_relative(s, x, t)]  # (", who is in Paris,")
                   + [splits.get(t.start, cl[0])], default=cl[0])
    nxt = [x.start for x in triggers[i + 1:] if x.start < cl[1]]
    reg = stay_region(t, triggers[i + 1] if nxt else None,
                      own_region(t, (prev_end, nxt[0] if nxt else cl[1]), s.text))
    if nxt and nxt[0] in splits:
        reg = (reg[0], min(reg[1], splits[nxt[0]]))
    return reg, nxt
