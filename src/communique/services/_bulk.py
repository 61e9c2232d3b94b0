"""The bulk writer: a batch of extracted documents stored in a few statements.

The per-record path (:func:`._store.store_record`: a query, ORM objects and a
flush for every record) costs several round trips per record. For a batch of
documents the bulk writer instead

1. reads the candidate events of every record of the batch at once (one query
   or two, :func:`communique.registry.candidate_rows`)
   and holds them in memory;
2. runs the merge rules (:func:`communique.registry.decide`, the very function
   the per-record path runs) record by record in input order over those rows,
   so records of the batch join each other's new events as they would one at a
   time, and :func:`._store.join_event` changes the rows as the per-record path
   changes its ORM events;
3. reads the persons of the existing events it joined (one query) and links
   persons (:func:`communique.registry.resolve_persons`) in the same order and
   with the same dates as the per-record path;
4. writes documents and new events (multi-row ``INSERT ... RETURNING``), then
   participants, persons, mentions (the full-text index follows: SQLite's
   triggers, PostgreSQL's GIN index) and audit rows with ``executemany``, and
   updates the joined events, checking their ``version`` as the ORM does.

Its result is the registry the per-record path makes (the equivalence test in
``tests/services/test_bulk.py`` holds them side by side). It runs inside the
caller's transaction and savepoint: any error rolls the whole batch back and
the caller stores the batch again one document at a time, so a bad document
fails alone, exactly as before.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, TypeVar, cast

from sqlalchemy import JSON, Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from ..errors import RegistryError
from ..model import Person as RecordPerson
from ..model import Record
from ..registry import (
    AuditEntry,
    Document,
    Event,
    EventParticipant,
    EventPerson,
    Mention,
    PersonIndex,
    Window,
    candidate_rows,
    candidate_window,
    decide,
    missing_persons,
    record_columns,
    record_participants,
    resolve_persons,
    utcnow,
)
from ..validation import check_text, widths
from ._store import join_event

__all__ = ["BulkDocument", "BulkResult", "write_batch", "EVENT_COLUMNS"]

#: the event columns a merge may change (a change bumps ``version``, as an ORM flush does)
EVENT_COLUMNS: tuple[str, ...] = (
    "type", "date_start", "date_end", "precision", "date_lo", "date_hi", "status",
    "country_key", "org_key", "place_country", "place_city", "title", "quantity_value",
    "quantity_qualifier", "quantity_unit", "optional", "confidence", "measures",
    "merged_into_id", "origin")

#: ids per IN (...) list
_IDS_PER_QUERY = 500

T = TypeVar("T")

_DOCUMENTS = cast(Table, Document.__table__)
_EVENTS = cast(Table, Event.__table__)
_PARTICIPANTS = cast(Table, EventParticipant.__table__)
_PERSONS = cast(Table, EventPerson.__table__)
_MENTIONS = cast(Table, Mention.__table__)
_AUDIT = cast(Table, AuditEntry.__table__)


def _chunks(items: Iterable[T], size: int) -> Iterable[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


@dataclass(eq=False)
class _PersonRow:
    """An event person as the bulk writer holds it (the columns of :class:`EventPerson`)."""

    name: str | None
    role: str
    country: str | None
    person_id: int | None = None
    person: Any = None  # the registry Person once linked
    id: int | None = None  # None: new, inserted at the end
    original: tuple[int | None, str | None] | None = None  # (person_id, country) as read


@dataclass(eq=False)
class _EventRow:
    """An event as the bulk writer holds it: its columns, what it has become."""

    columns: dict[str, Any]
    id: int | None = None  # None: new in this batch
    version: int = 1
    read_version: int = 1
    persons: list[_PersonRow] | None = None  # None: an existing event's, not read yet
    participants: list[tuple[str, str | None, str]] = field(default_factory=list)
    documents: set[int] = field(default_factory=set)  # the batch's documents it has
    refined: bool = False  # its dates changed: its participants' date_lo follows
    touched: bool = False  # an existing event whose columns changed

    def __getattr__(self, name: str) -> Any:  # the merge rules read columns as attributes
        try:
            return self.__dict__["columns"][name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        if name in EVENT_COLUMNS:
            self.columns[name] = value
        else:
            object.__setattr__(self, name, value)

    def state(self) -> tuple[Any, ...]:
        return tuple(self.columns.get(c) for c in EVENT_COLUMNS)


@dataclass
class BulkDocument:
    """A document to store: its row's values and its records with their statuses."""

    sha256: str
    values: dict[str, Any]  # the documents row (sha256 included)
    records: list[tuple[Record, str]]  # (record, status)


@dataclass
class BulkResult:
    """What happened to one document (``document_id`` of the one stored, or of the
    document with the same content when ``duplicate``)."""

    duplicate: bool
    document_id: int
    records: int = 0
    new_events: int = 0
    merged: int = 0
    accepted: int = 0


@dataclass
class _Op:
    """One record's effect on an event, replayed for its persons."""

    event: _EventRow
    persons: list[RecordPerson] | None  # None: the record made the event
    lo: str | None
    hi: str | None


class _Candidates:
    """The batch's candidate events, by (type, country set) and by type."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str], list[_EventRow]] = defaultdict(list)
        self.by_type: dict[str, list[_EventRow]] = defaultdict(list)

    def add(self, row: _EventRow) -> None:
        self.by_key[(row.type, row.country_key)].append(row)
        self.by_type[row.type].append(row)

    def of(self, window: Window) -> list[_EventRow]:
        if window.country_key is None:
            return self.by_type.get(window.type, [])
        return self.by_key.get((window.type, window.country_key), [])

    def load(self, session: Session, windows: Iterable[Window]) -> None:
        """The registry's candidates of every window (:func:`candidate_rows`)."""
        for row in candidate_rows(session, windows, ("id", "version", *EVENT_COLUMNS)):
            self.add(_EventRow({c: row[c] for c in EVENT_COLUMNS}, id=row["id"],
                               version=row["version"], read_version=row["version"]))


def _new_event(rec: Record, status: str) -> _EventRow:
    columns = dict.fromkeys(EVENT_COLUMNS)
    columns.update(record_columns(rec), status=status, origin="ingest", merged_into_id=None)
    return _EventRow(columns, persons=[_PersonRow(p.name, p.role, p.country)
                                       for p in rec.persons],
                     participants=record_participants(rec))


def _read_persons(session: Session, events: Sequence[_EventRow]) -> None:
    """The persons of the existing events the batch joined, in one query per 500."""
    by_id = {e.id: e for e in events if e.persons is None and e.id is not None}
    for e in by_id.values():
        e.persons = []
    table = _PERSONS
    for ids in _chunks(list(by_id), _IDS_PER_QUERY):
        rows = session.execute(select(table.c.id, table.c.event_id, table.c.name, table.c.role,
                                      table.c.country, table.c.person_id)
                               .where(table.c.event_id.in_(ids)).order_by(table.c.id))
        for pid, event_id, name, role, country, person_id in rows:
            persons = by_id[event_id].persons
            assert persons is not None
            persons.append(_PersonRow(name, role, country, person_id, id=pid,
                                      original=(person_id, country)))


def _decide_all(docs: Sequence[BulkDocument], candidates: _Candidates,
                new_docs: list[int]) -> tuple[list[_Op], list[tuple[int, _EventRow, Record,
                                                                        str | None]],
                                              dict[int, BulkResult], list[_EventRow]]:
    """The merge decisions of every record, in input order, over the rows in memory."""
    ops: list[_Op] = []
    mentions: list[tuple[int, _EventRow, Record, str | None]] = []
    results: dict[int, BulkResult] = {}
    created: list[_EventRow] = []
    for seq in new_docs:
        result = results[seq] = BulkResult(False, 0)
        for rec, status in docs[seq].records:
            window = candidate_window(rec)
            match = decide(rec, candidates.of(window), document_id=seq,
                           documents=lambda e: e.documents) if window else None
            if match is not None:
                event, why = match.event, match.reason
                before = event.state()
                if join_event(event, rec, match, status):
                    event.refined = True
                if event.state() != before:  # one UPDATE, one version more
                    event.version += 1
                    event.touched = event.id is not None
                ops.append(_Op(event, rec.persons, event.date_lo, event.date_hi))
            else:
                event, why = _new_event(rec, status), None
                created.append(event)
                candidates.add(event)
                ops.append(_Op(event, None, event.date_lo, event.date_hi))
            event.documents.add(seq)
            mentions.append((seq, event, rec, why))
            result.records += 1
            result.accepted += status == "accepted"
            result.merged += match is not None
            result.new_events += match is None
    return ops, mentions, results, created


def _link_persons(ops: Sequence[_Op], persons: PersonIndex) -> list[tuple[_EventRow, _PersonRow]]:
    """Add and link persons record by record, as the per-record path does; the persons
    added, in the order the per-record path inserts them."""
    added: list[tuple[_EventRow, _PersonRow]] = []
    for op in ops:
        rows = op.event.persons
        assert rows is not None
        if op.persons is None:
            added.extend((op.event, p) for p in rows)
        else:
            new = [_PersonRow(p.name, p.role, p.country)
                   for p in missing_persons(rows, op.persons)]
            rows.extend(new)
            added.extend((op.event, p) for p in new)
        resolve_persons(rows, op.lo, op.hi, persons)
    return added


def _person_id(p: _PersonRow) -> int | None:
    return p.person.id if p.person is not None else p.person_id


def _insert_returning_ids(session: Session, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    if not rows:
        return []
    result = session.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True),
                             rows)
    return [row[0] for row in result]


#: PostgreSQL: rows without ids wanted back go in through COPY (see docs/figures.md)
COPY_ON_POSTGRESQL = True


def _insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """``rows`` into ``table``: COPY on PostgreSQL, else one ``executemany``."""
    if not rows:
        return
    conn = session.connection()
    if not (COPY_ON_POSTGRESQL and conn.dialect.name == "postgresql"):
        session.execute(insert(table), rows)
        return
    names = list(rows[0])
    defaults: list[tuple[str, Any]] = [
        (c.name, c.default) for c in table.c
        if c.name not in rows[0] and not c.primary_key and c.default is not None]
    json_cols = {c.name for c in table.c if isinstance(c.type, JSON)}
    driver = conn.connection.driver_connection
    assert driver is not None
    columns = ", ".join(f'"{n}"' for n in [*names, *(n for n, _ in defaults)])
    with driver.cursor() as cur, cur.copy(f"COPY {table.name} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = [json.dumps(row[n]) if n in json_cols else row[n] for n in names]
            values += [d.arg(None) if d.is_callable else d.arg for _, d in defaults]
            copy.write_row(values)


def _write_persons(session: Session, joined: Sequence[_EventRow],
                   added: list[tuple[_EventRow, _PersonRow]]) -> None:
    ep = _PERSONS
    if added:
        _insert(session, ep, [{"event_id": e.id, "name": p.name, "role": p.role,
                               "country": p.country, "person_id": _person_id(p)}
                              for e, p in added])
    changed = [{"b_id": p.id, "v_person_id": _person_id(p), "v_country": p.country}
               for e in joined for p in e.persons or []
               if p.id is not None and (_person_id(p), p.country) != p.original]
    if changed:
        session.execute(update(ep).where(ep.c.id == bindparam("b_id"))
                        .values(person_id=bindparam("v_person_id"),
                                country=bindparam("v_country")), changed)


def _update_events(session: Session, touched: list[_EventRow]) -> None:
    """The joined events' new columns, each UPDATE checking the version read (as the ORM's
    version counter does): an event changed meanwhile stops the batch."""
    if not touched:
        return
    table = _EVENTS
    now = utcnow()
    rows = [{**{f"v_{c}": e.columns[c] for c in EVENT_COLUMNS}, "v_version": e.version,
             "v_updated_at": now, "b_id": e.id, "b_version": e.read_version}
            for e in touched]
    stmt = (update(table)
            .where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
            .values({c: bindparam(f"v_{c}") for c in (*EVENT_COLUMNS, "version", "updated_at")}))
    done = session.execute(stmt, rows).rowcount
    if session.get_bind().dialect.supports_sane_multi_rowcount and done != len(rows):
        raise RegistryError("an event this batch joins was changed meanwhile; "
                            "storing the batch one document at a time")
    refined = [{"b_event": e.id, "v_date_lo": e.date_lo} for e in touched if e.refined]
    if refined:
        parts = _PARTICIPANTS
        session.execute(update(parts).where(parts.c.event_id == bindparam("b_event"))
                        .values(date_lo=bindparam("v_date_lo")), refined)


def write_batch(session: Session, docs: Sequence[BulkDocument], *, who: str,
                persons: PersonIndex,
                audit_after: Callable[[BulkDocument, BulkResult], dict[str, Any]]
                ) -> list[BulkResult]:
    """Store ``docs`` (in order) in the session's transaction, with an audit row each
    (``audit_after`` gives its ``after``); a result per document. Content stored
    already, or earlier in the batch, comes back as a duplicate of that document."""
    check_text(who, "the user name (--user)", widths()["audit.who"])
    stored: dict[str, int] = {}
    if docs:
        stored = {sha: id_ for sha, id_ in session.execute(
            select(Document.sha256, Document.id).where(
                Document.sha256.in_({d.sha256 for d in docs})))}
    first: dict[str, int] = {}
    new_docs: list[int] = []
    for seq, d in enumerate(docs):
        if d.sha256 not in stored and d.sha256 not in first:
            first[d.sha256] = seq
            new_docs.append(seq)
    candidates = _Candidates()
    candidates.load(session, (w for seq in new_docs for rec, _ in docs[seq].records
                              if (w := candidate_window(rec)) is not None))
    ops, mentions, results, created = _decide_all(docs, candidates, new_docs)
    joined = list({id(op.event): op.event for op in ops if op.event.id is not None}.values())
    _read_persons(session, joined)
    added = _link_persons(ops, persons)

    doc_ids = _insert_returning_ids(session, _DOCUMENTS,
                                    [docs[seq].values for seq in new_docs])
    for seq, id_ in zip(new_docs, doc_ids, strict=True):
        results[seq].document_id = id_
    ids = _insert_returning_ids(session, _EVENTS,
                                [{**e.columns, "version": e.version} for e in created])
    for e, id_ in zip(created, ids, strict=True):
        e.id = id_
    parts = [{"event_id": e.id, "code": code, "side": side, "kind": kind,
              "date_lo": e.date_lo} for e in created for code, side, kind in e.participants]
    if parts:
        _insert(session, _PARTICIPANTS, parts)
    _write_persons(session, joined, added)
    if mentions:
        _insert(session, _MENTIONS, [
            {"event_id": e.id, "document_id": results[seq].document_id,
             "start": rec.source.start if rec.source else None,
             "end": rec.source.end if rec.source else None,
             "text": rec.source.text if rec.source else None,
             "record": rec.to_dict(), "merge_reason": why}
            for seq, e, rec, why in mentions])
    _update_events(session, [e for e in joined if e.touched])
    if new_docs:
        _insert(session, _AUDIT, [
            {"who": who, "action": "ingest", "entity": "document",
             "entity_id": results[seq].document_id, "before": None,
             "after": audit_after(docs[seq], results[seq]), "note": None}
            for seq in new_docs])
    out = []
    for seq, d in enumerate(docs):
        if seq in results:
            out.append(results[seq])
        else:
            out.append(BulkResult(True, stored.get(d.sha256) or results[first[d.sha256]]
                                  .document_id))
    return out
