"""The parts of a joint record told "respectively": one record per party before the
times are paired.

"In April and September respectively, Ghana hosted the Prime Ministers of Togo and
Senegal" is read as one visit of the two guests together; "respectively" says there
were two, one each, so the joint record is cut into one per party (the guests, or
those visited), each then dated by ``_time_scope.respectively``. Where each party
already has a record of its own beside the joint one ("Accra welcomed the Foreign
Ministers of Brazil and India in March and August respectively", read both ways),
the joint record is dropped. Records of one side each are left as they are, and so is
a joint record where the sentence names fewer times than parties (nothing to pair).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Record
from ._recognise import Sentence

__all__ = ["each_its_own"]


def each_its_own(s: Sentence, recs: list[Record]) -> list[Record]:
    """``recs`` of a sentence that says "respectively", a joint record of several
    guests (or of several countries visited) facing one side cut into one per party."""
    def part(r: Record, frm: list[str], to: list[str]) -> Record:
        return replace(r, from_=frm, to=to, persons=list(r.persons),
                       organizations=list(r.organizations), measures=list(r.measures))

    out: list[Record] = []
    for r in recs:
        if len(r.from_) > 1 and len(r.to) == 1:
            parts = [part(r, [c], list(r.to)) for c in r.from_]
        elif len(r.to) > 1 and len(r.from_) == 1:
            parts = [part(r, list(r.from_), [c]) for c in r.to]
        else:
            parts = []
        if len(parts) < 2 or len(s.dates) < len(parts):
            out.append(r)
            continue
        own = [p for p in parts if not any(
            o is not r and o.type == r.type and o.from_ == p.from_ and o.to == p.to
            for o in recs)]
        out.extend(own)
    return out
