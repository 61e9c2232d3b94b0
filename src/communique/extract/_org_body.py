"""A standing body of an organisation sitting is the organisation's session, not a
bilateral commission.

"attended the 1st meeting of the ASEAN Working Group on Cyber Security", "the OSCE
Working Group on Migration met in Vienna": the commission patterns read a "Working
Group" or "Committee", but with no counterpart country and an organisation named, the
body is the organisation's. The record becomes a ``multilateral`` one; where the
sentence already has a multilateral record of that organisation, or of none named, on
that day (the "attended" that told it), it is dropped as a repeat."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import Record
from ..reference import org_root

__all__ = ["org_bodies_as_sessions"]


def _key(r: Record) -> tuple[int, int, str | None]:
    src = r.source
    return (src.start, src.end, r.date.start) if src is not None else (-1, -1, r.date.start)


def org_bodies_as_sessions(records: Iterable[Record]) -> Iterator[Record]:
    """``records`` with each commission that names no counterpart country but an
    organisation made a multilateral record, or dropped where its sentence has one."""
    rs = list(records)
    sessions: dict[tuple[int, int, str | None], list[set[str]]] = {}
    for r in rs:
        if r.type == "multilateral":
            sessions.setdefault(_key(r), []).append({org_root(o) for o in r.organizations})
    for r in rs:
        if r.type != "commission" or r.to or not r.organizations:
            yield r
            continue
        roots = {org_root(o) for o in r.organizations}
        if any(not orgs or orgs & roots for orgs in sessions.get(_key(r), [])):
            continue  # (the session the sentence told, its organisation unnamed or the same)
        r.type = "multilateral"  # (the same record: its confidence's features stay keyed to it)
        yield r
