"""Ingest: read documents, extract records, store them (never half a document).

    ingest(paths, registry=reg)          read + extract + store every file
    ingest_documents(docs, registry=reg) the same for documents already read

Documents are hashed first: content already stored is skipped without being
extracted again (an interrupted bulk load resumes where it stopped).
Extraction runs outside the transaction, in worker processes with
``jobs`` > 1; one writer stores the results in input order, in batches (one
transaction per batch, one savepoint per document: a document that fails is
rolled back alone and reported, the others are stored). The same content
twice adds nothing. The reader and the extractor are parameters (the I/O
boundary), so tests pass fakes. Records are stored as candidates for review;
``accept=True`` accepts every one, ``accept_above=X`` only those whose
confidence is at least X (the others, and those without one, stay candidates).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any, Literal, Protocol

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..errors import CommuniqueError, InputError, StorageFullError, UsageError
from ..model import Record
from ..registry import (
    Document,
    PersonIndex,
    Registry,
    audit,
    current_user,
    disk_full,
    parse_partial_date,
)
from ._bulk import BulkDocument, BulkResult, write_batch
from ._store import store_record
from .workers import ordered_map

__all__ = ["DocumentLike", "DocumentResult", "IngestReport", "ingest", "ingest_documents",
           "ingest_document", "NOT_STORED_FULL"]


class DocumentLike(Protocol):
    """What ingest reads of a document (:class:`communique.documents.Document`)."""

    @property
    def name(self) -> str: ...
    @property
    def path(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def sha256(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def encoding(self) -> str | None: ...
    @property
    def size(self) -> int: ...


class ExtractionLike(Protocol):
    records: list[Record]
    issuer: str | None


Extractor = Callable[..., ExtractionLike]
Status = Literal["stored", "duplicate", "failed"]


@dataclass
class DocumentResult:
    name: str
    status: Status
    document_id: int | None = None
    records: int = 0
    new_events: int = 0
    merged: int = 0
    issuer: str | None = None
    error: str | None = None
    accepted: int = 0  # records stored as accepted (the others are candidates)


@dataclass
class IngestReport:
    results: list[DocumentResult] = field(default_factory=list)
    #: why ingesting stopped before the last document (a full disk), else None
    stopped: str | None = None

    def _count(self, status: Status) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def stored(self) -> int:
        return self._count("stored")

    @property
    def duplicates(self) -> int:
        return self._count("duplicate")

    @property
    def failed(self) -> int:
        return self._count("failed")

    @property
    def records(self) -> int:
        return sum(r.records for r in self.results)

    @property
    def new_events(self) -> int:
        return sum(r.new_events for r in self.results)

    @property
    def merged(self) -> int:
        return sum(r.merged for r in self.results)

    @property
    def accepted(self) -> int:
        """Records stored as accepted."""
        return sum(r.accepted for r in self.results)

    @property
    def candidates(self) -> int:
        """Records left as candidates for review."""
        return self.records - self.accepted


def _default_extractor() -> Extractor:
    from ..extract import extract_document

    return extract_document


def _default_reader(paths: Iterable[str | Path]) -> Iterator[Any]:
    from ..documents import read_documents

    return iter(read_documents([str(p) for p in paths]))


def _existing(registry: Registry, sha256: str) -> int | None:
    with registry.read() as session:
        return session.scalar(select(Document.id).where(Document.sha256 == sha256))


@dataclass
class _Extracted:
    """A document and its records, ready for the writer."""

    doc: DocumentLike
    records: list[Record]
    issuer: str | None
    year: int | None = None  # the document's year as extraction understood it
    date: str | None = None  # the date given, else the dateline's (found with the records)
    issuer_reason: str | None = None  # what extraction took the issuer from
    date_reason: str | None = None  # ... and the day relative dates count from


def _prepared(doc: DocumentLike, extraction: ExtractionLike, issuer: str | None,
              date: str | None) -> _Extracted:
    """A document's records and date, worked out where it was extracted (in a worker
    process when ``jobs`` > 1: the writer has only storing left to do)."""
    year = getattr(extraction, "year", None)
    return _Extracted(doc, list(extraction.records),
                      getattr(extraction, "issuer", None) or issuer, year,
                      date or _dateline(doc.text, year),
                      _reason(getattr(extraction, "issuer_reason", None)),
                      _reason(getattr(extraction, "date_reason", None)))


def _reason(text: str | None) -> str | None:
    """A reason as stored: None when empty, cut to the column's 500 characters."""
    if not text:
        return None
    return text if len(text) <= 500 else text[:499] + "…"



Prepared = _Extracted | DocumentResult


def _failed(name: str, exc: BaseException) -> DocumentResult:
    error = str(exc) if isinstance(exc, CommuniqueError) else f"{type(exc).__name__}: {exc}"
    return DocumentResult(name, "failed", error=error)


def _known(items: Iterable[DocumentLike | InputError], registry: Registry,
           size: int = 256) -> Iterator[DocumentLike | DocumentResult]:
    """Hash first: documents already stored come out as duplicates (one query per
    ``size`` documents), so a resumed bulk load never extracts them again."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        hashes = [d.sha256 for d in chunk if not isinstance(d, CommuniqueError)]
        stored: dict[str, int] = {}
        if hashes:
            with registry.read() as session:
                stored = {sha: id_ for sha, id_ in session.execute(
                    select(Document.sha256, Document.id).where(Document.sha256.in_(hashes)))}
        for d in chunk:
            if isinstance(d, CommuniqueError):
                yield _failed(d.path or "?", d)
            elif d.sha256 in stored:
                yield DocumentResult(d.name, "duplicate", stored[d.sha256])
            else:
                yield d


def _extract_one(extract: Extractor, issuer: str | None, date: str | None,
                 item: DocumentLike | DocumentResult) -> Prepared:
    """Run in a worker process when ``jobs`` > 1: extraction, or the reason there is none."""
    if isinstance(item, DocumentResult):
        return item
    try:
        return _prepared(item, extract(item, issuer=issuer, date=date), issuer, date)
    except Exception as exc:  # one bad document must not stop the others
        return _failed(item.name, exc)


def _dateline(text: str, year: int | None) -> str | None:
    """The document's date from its dateline ("Tbilisi, 18 January 2023"), when no date
    was given; None when the text has no full date near its top or end."""
    from ..extract import find_dateline

    found = find_dateline(text, year)
    return found.isoformat() if found else None


def check_accept(accept: bool, accept_above: float | None) -> None:
    """``accept`` and ``accept_above`` exclude each other; X lies in [0, 1]."""
    if accept_above is None:
        return
    if accept:
        raise UsageError("give --accept (accept every record) or --accept-above X (accept "
                         "only records with confidence >= X), not both")
    if not 0.0 <= accept_above <= 1.0:
        raise UsageError(f"--accept-above {accept_above}: give a confidence from 0 to 1, "
                         "e.g. 0.9")


def _status(rec: Record, status: str, accept_above: float | None) -> str:
    """The record's status: ``status``, or accepted when its confidence reaches
    ``accept_above``."""
    if accept_above is not None and rec.confidence is not None \
            and rec.confidence >= accept_above:
        return "accepted"
    return status


def _store(session: Any, item: _Extracted, *, date: str | None, status: str, who: str,
           persons: PersonIndex, accept_above: float | None = None) -> DocumentResult:
    """One document and its records, inside the caller's transaction."""
    doc = item.doc
    found = session.scalar(select(Document.id).where(Document.sha256 == doc.sha256))
    if found is not None:  # stored meanwhile, by another process or earlier in this batch
        return DocumentResult(doc.name, "duplicate", found)
    result = DocumentResult(doc.name, "stored", issuer=item.issuer)
    row = Document(sha256=doc.sha256, name=doc.name, origin=str(doc.path or "") or None,
                   kind=doc.kind, encoding=doc.encoding, size=doc.size, issuer=item.issuer,
                   date=date or item.date, text=doc.text, ingested_by=who,
                   issuer_reason=item.issuer_reason,
                   date_reason=item.date_reason)
    session.add(row)
    session.flush()
    for rec in item.records:
        rec_status = _status(rec, status, accept_above)
        stored = store_record(session, rec, document_id=row.id, status=rec_status,
                              origin="ingest", persons=persons)
        result.records += 1
        result.accepted += rec_status == "accepted"
        result.merged += stored.merged
        result.new_events += not stored.merged
    audit(session, who=who, action="ingest", entity="document", entity_id=row.id,
          after={"name": doc.name, "sha256": doc.sha256, "records": result.records,
                 "new_events": result.new_events, "merged": result.merged,
                 "accepted": result.accepted, "accept_above": accept_above})
    result.document_id = row.id
    return result


class _Writer:
    """Stores extracted documents in batches: one transaction per batch (at most
    ``size`` documents or ``seconds`` of work), one savepoint per document. A
    document that fails rolls back to its savepoint alone; a batch that cannot
    commit stores nothing; results are final only once their batch committed."""

    def __init__(self, registry: Registry, *, date: str | None, status: str, who: str,
                 size: int, seconds: float, accept_above: float | None = None,
                 bulk: bool = True) -> None:
        self.registry, self.date, self.status, self.who = registry, date, status, who
        self.bulk = bulk
        self.accept_above = accept_above
        self.size, self.seconds = size, seconds
        self.pending: list[_Extracted] = []
        self.started = 0.0
        self.stopped: str | None = None  # why storing cannot go on (a full disk)

    def _bulk_document(self, item: _Extracted) -> BulkDocument:
        doc = item.doc
        values = {"sha256": doc.sha256, "name": doc.name, "origin": str(doc.path or "") or None,
                  "kind": doc.kind, "encoding": doc.encoding, "size": doc.size,
                  "issuer": item.issuer, "date": self.date or item.date,
                  "text": doc.text, "ingested_by": self.who,
                  "issuer_reason": item.issuer_reason,
                  "date_reason": item.date_reason}
        return BulkDocument(doc.sha256, values,
                            [(rec, _status(rec, self.status, self.accept_above))
                             for rec in item.records])

    def _bulk(self, session: Any, batch: list[_Extracted],
              persons: PersonIndex) -> list[DocumentResult] | None:
        """The batch through the bulk writer, in one savepoint; None when anything in it
        failed (rolled back: the caller stores the batch one document at a time)."""
        accept_above = self.accept_above

        def after(doc: BulkDocument, r: BulkResult) -> dict[str, Any]:
            return {"name": doc.values["name"], "sha256": doc.sha256, "records": r.records,
                    "new_events": r.new_events, "merged": r.merged, "accepted": r.accepted,
                    "accept_above": accept_above}

        try:
            with session.begin_nested():
                done = write_batch(session, [self._bulk_document(i) for i in batch],
                                   who=self.who, persons=persons, audit_after=after)
        except Exception as exc:
            if disk_full(exc):
                raise  # the whole batch: its transaction cannot commit
            return None
        return [DocumentResult(item.doc.name, "duplicate", r.document_id) if r.duplicate
                else DocumentResult(item.doc.name, "stored", r.document_id, records=r.records,
                                    new_events=r.new_events, merged=r.merged,
                                    issuer=item.issuer, accepted=r.accepted)
                for item, r in zip(batch, done, strict=True)]

    def add(self, item: _Extracted) -> list[DocumentResult]:
        if not self.pending:
            self.started = time.monotonic()
        self.pending.append(item)
        if len(self.pending) >= self.size or time.monotonic() - self.started >= self.seconds:
            return self.flush()
        return []

    def flush(self) -> list[DocumentResult]:
        batch, self.pending = self.pending, []
        if not batch:
            return []
        results: list[DocumentResult] = []
        current = batch[0].doc.name
        try:
            with self.registry.write(lock=True) as session:
                persons = PersonIndex(session)
                bulk = self._bulk(session, batch, persons) if self.bulk else None
                if bulk is not None:
                    return bulk
                for item in batch:  # one document at a time, each in its savepoint
                    current = item.doc.name
                    try:
                        with session.begin_nested():
                            results.append(_store(session, item, date=self.date,
                                                  status=self.status, who=self.who,
                                                  persons=persons,
                                                  accept_above=self.accept_above))
                    except IntegrityError:  # the same content stored by a concurrent ingest
                        found = session.scalar(select(Document.id).where(
                            Document.sha256 == item.doc.sha256))
                        if found is None:
                            raise
                        results.append(DocumentResult(item.doc.name, "duplicate", found))
                    except Exception as exc:
                        if disk_full(exc):
                            raise  # the whole batch: its transaction cannot commit
                        results.append(_failed(item.doc.name, exc))
        except StorageFullError as exc:  # one message naming the document; the rest say so
            exc.path = current
            self.stopped = str(exc)
            return [_failed(item.doc.name, exc) if item.doc.name == current
                    else DocumentResult(item.doc.name, "failed", error=NOT_STORED_FULL)
                    for item in batch]
        except (CommuniqueError, SQLAlchemyError, OSError) as exc:  # nothing of it stored
            return [_failed(item.doc.name, exc) for item in batch]
        return results


#: the error of the documents of a batch that a full disk kept from being stored, after the
#: one that names the document and the problem
NOT_STORED_FULL = "E405 nothing of this change was stored: the disk is full (see the first error)"

#: documents per write transaction, and the longest a transaction collects for
BATCH_DOCUMENTS = 200
BATCH_SECONDS = 0.5
#: documents per chunk sent to a worker process
EXTRACT_CHUNK = 8


def ingest_documents(docs: Iterable[DocumentLike | InputError], *, registry: Registry,
                     issuer: str | None = None, date: str | None = None, accept: bool = False,
                     user: str | None = None, extractor: Extractor | None = None,
                     progress: Callable[[DocumentResult], None] | None = None,
                     jobs: int = 1, batch: int = BATCH_DOCUMENTS,
                     accept_above: float | None = None, bulk: bool = True) -> IngestReport:
    """Ingest documents already read (or reading errors, which are reported).

    Documents whose content is stored already are skipped before extraction.
    ``jobs`` > 1 extracts in that many worker processes (the extractor must then
    be a module-level function); storage stays in this process, in input order,
    ``batch`` documents per transaction with a savepoint each. Results (and
    ``progress`` calls) come in input order once their batch has committed; on
    Ctrl-C the batch in hand is rolled back and the batches before it stay.
    ``bulk=False`` stores every batch one record at a time (the per-record path, which
    the bulk writer falls back to for a batch with an error) instead of through the
    bulk writer; the registry is the same.
    """
    if date:
        try:
            parse_partial_date(date)
        except ValueError as exc:
            raise UsageError(f"--date: {exc}") from None
    if jobs < 1:
        raise UsageError(f"--jobs must be 1 or more, not {jobs}")
    check_accept(accept, accept_above)
    report = IngestReport()
    writer = _Writer(registry, date=date, status="accepted" if accept else "candidate",
                     who=current_user(user), size=max(1, batch), seconds=BATCH_SECONDS,
                     accept_above=accept_above, bulk=bulk)
    queue: list[DocumentResult | None] = []  # input order; None: the writer's to tell

    def settle(done: list[DocumentResult]) -> None:
        stored = iter(done)
        for slot in queue:
            result = slot if slot is not None else next(stored)
            report.results.append(result)
            if progress is not None:
                progress(result)
        queue.clear()

    work = partial(_extract_one, extractor or _default_extractor(), issuer, date)
    # the workers extract the next batch while this process stores one: enough chunks in
    # flight to cover a whole batch (memory stays bounded: about two batches of documents)
    window = max(4 * jobs, 2 * max(1, batch) // EXTRACT_CHUNK + 1)
    for item in ordered_map(work, _known(docs, registry), jobs=jobs, chunk=EXTRACT_CHUNK,
                            window=window):
        if isinstance(item, DocumentResult):
            queue.append(item)
            if not writer.pending:
                settle([])
            continue
        queue.append(None)
        done = writer.add(item)
        if done:
            settle(done)
        if writer.stopped:  # a full disk: every later document would fail the same way
            break
    else:
        settle(writer.flush())
    if writer.stopped:
        report.stopped = writer.stopped
    elif report.stored:
        registry.optimize()  # the planner's statistics follow the registry's growth
    return report


def ingest_document(doc: DocumentLike, *, registry: Registry, issuer: str | None = None,
                    date: str | None = None, accept: bool = False, user: str | None = None,
                    extractor: Extractor | None = None,
                    accept_above: float | None = None) -> DocumentResult:
    """Extract and store one document in one transaction; never half of it.
    Errors propagate (the web's upload reports them to the person uploading)."""
    check_accept(accept, accept_above)
    found = _existing(registry, doc.sha256)
    if found is not None:
        return DocumentResult(doc.name, "duplicate", found)
    extract = extractor or _default_extractor()
    item = _prepared(doc, extract(doc, issuer=issuer, date=date), issuer, date)
    try:
        with registry.write(lock=True) as session:
            return _store(session, item, date=date, who=current_user(user),
                          status="accepted" if accept else "candidate",
                          persons=PersonIndex(session), accept_above=accept_above)
    except IntegrityError:
        found = _existing(registry, doc.sha256)
        if found is None:
            raise
        return DocumentResult(doc.name, "duplicate", found)


def ingest(paths: Iterable[str | Path], *, registry: Registry, issuer: str | None = None,
           date: str | None = None, accept: bool = False, user: str | None = None,
           extractor: Extractor | None = None,
           reader: Callable[[Iterable[str | Path]], Iterable[Any]] | None = None,
           progress: Callable[[DocumentResult], None] | None = None,
           jobs: int = 1, batch: int = BATCH_DOCUMENTS,
           accept_above: float | None = None) -> IngestReport:
    """Read every path (folders recursively), extract and store each document."""
    check_accept(accept, accept_above)
    read = reader or _default_reader
    return ingest_documents(read(list(paths)), registry=registry, issuer=issuer, date=date,
                            accept=accept, user=user, extractor=extractor, progress=progress,
                            jobs=jobs, batch=batch, accept_above=accept_above)
