"""A visit to a body that sits in session ("during his trip to the UN General
Assembly", "on her visit to the OSCE Ministerial Council in Lodz") is also
taking part in that session: a ``multilateral`` record beside the visit, as "travelled
to New York for the UN General Assembly" already gives. A visit to an organisation
itself ("visited NATO headquarters", "a visit to the Council of Europe") is no
session and stays a visit alone."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import DateSpan, Record
from ..reference import org_root

__all__ = ["session_visited"]

#: the bodies a visit to which is attending their session (organizations.tsv's short
#: names): assemblies and councils of ministers or leaders that meet in sessions
SITTING_BODIES = frozenset({"UNGA", "UNHRC", "OSCE MC", "EUCO", "FAC", "CMCOE", "OIC CFM",
                            "NAC"})


def session_visited(records: Iterator[Record]) -> Iterator[Record]:
    """The records, and a multilateral record beside each visit to a sitting body
    when the document tells no participation in that body's session on that day."""
    recs = list(records)
    out: list[Record] = []
    told = {(tuple(r.from_), org_root(o), r.date.start) for r in recs
            if r.type == "multilateral" for o in r.organizations}
    for r in recs:
        out.append(r)
        if r.type != "visit" or r.to or not r.from_ or len(r.organizations) != 1 \
                or r.organizations[0] not in SITTING_BODIES:
            continue
        key = (tuple(r.from_), org_root(r.organizations[0]), r.date.start)
        if key in told:
            continue
        told.add(key)
        out.append(Record("multilateral", DateSpan(r.date.start, r.date.end), list(r.from_),
                          [], list(r.organizations), persons=list(r.persons), place=r.place,
                          source=r.source, confidence=r.confidence))
    yield from out
