"""Ingest: read documents, extract records, store them (one transaction per document).

    ingest(paths, registry=reg)          read + extract + store every file
    ingest_documents(docs, registry=reg) the same for documents already read

Extraction runs before the transaction opens, so a write transaction is
short. The same content (sha256) twice adds nothing; a document that fails
is reported and the others are stored. The reader and the extractor are
parameters (the I/O boundary), so tests pass fakes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..errors import CommuniqueError, InputError, UsageError
from ..model import Record
from ..registry import Document, Registry, audit, current_user, parse_partial_date
from ._store import store_record

__all__ = ["DocumentLike", "DocumentResult", "IngestReport", "ingest", "ingest_documents",
           "ingest_document"]


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


@dataclass
class IngestReport:
    results: list[DocumentResult] = field(default_factory=list)

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


def _default_extractor() -> Extractor:
    from ..extract import extract_document

    return extract_document


def _default_reader(paths: Iterable[str | Path]) -> Iterator[Any]:
    from ..documents import read_documents

    return iter(read_documents([str(p) for p in paths]))


def _existing(registry: Registry, sha256: str) -> int | None:
    with registry.read() as session:
        return session.scalar(select(Document.id).where(Document.sha256 == sha256))


def _dateline(text: str, year: int | None) -> str | None:
    """The document's date from its dateline ("Tbilisi, 18 January 2023"), when no date
    was given; None when the text has no full date near its top or end."""
    from ..extract import find_dateline

    found = find_dateline(text, year)
    return found.isoformat() if found else None


def ingest_document(doc: DocumentLike, *, registry: Registry, issuer: str | None = None,
                    date: str | None = None, accept: bool = False, user: str | None = None,
                    extractor: Extractor | None = None) -> DocumentResult:
    """Extract and store one document in one transaction; never half of it."""
    name = doc.name
    found = _existing(registry, doc.sha256)
    if found is not None:
        return DocumentResult(name, "duplicate", found)
    extract = extractor or _default_extractor()
    extraction = extract(doc, issuer=issuer, date=date)
    doc_issuer = getattr(extraction, "issuer", None) or issuer
    doc_date = date or _dateline(doc.text, getattr(extraction, "year", None))
    status = "accepted" if accept else "candidate"
    who = current_user(user)
    result = DocumentResult(name, "stored", issuer=doc_issuer)
    try:
        with registry.write(lock=True) as session:
            found = session.scalar(select(Document.id).where(Document.sha256 == doc.sha256))
            if found is not None:  # another process stored it meanwhile
                return DocumentResult(name, "duplicate", found)
            row = Document(sha256=doc.sha256, name=name, origin=str(doc.path or "") or None,
                           kind=doc.kind, encoding=doc.encoding, size=doc.size,
                           issuer=doc_issuer, date=doc_date, text=doc.text,
                           ingested_by=who)
            session.add(row)
            session.flush()
            for rec in extraction.records:
                stored = store_record(session, rec, document_id=row.id, status=status,
                                      origin="ingest")
                result.records += 1
                result.merged += stored.merged
                result.new_events += not stored.merged
            audit(session, who=who, action="ingest", entity="document", entity_id=row.id,
                  after={"name": name, "sha256": doc.sha256, "records": result.records,
                         "new_events": result.new_events, "merged": result.merged})
            result.document_id = row.id
    except IntegrityError:
        found = _existing(registry, doc.sha256)
        if found is None:
            raise
        return DocumentResult(name, "duplicate", found)
    return result


def ingest_documents(docs: Iterable[DocumentLike | InputError], *, registry: Registry,
                     issuer: str | None = None, date: str | None = None, accept: bool = False,
                     user: str | None = None, extractor: Extractor | None = None,
                     progress: Callable[[DocumentResult], None] | None = None) -> IngestReport:
    """Ingest documents already read (or reading errors, which are reported)."""
    if date:
        try:
            parse_partial_date(date)
        except ValueError as exc:
            raise UsageError(f"--date: {exc}") from None
    report = IngestReport()
    extractor = extractor or _default_extractor()
    for doc in docs:
        if isinstance(doc, CommuniqueError):
            result = DocumentResult(doc.path or "?", "failed", error=str(doc))
        else:
            try:
                result = ingest_document(doc, registry=registry, issuer=issuer, date=date,
                                         accept=accept, user=user, extractor=extractor)
            except CommuniqueError as exc:
                result = DocumentResult(doc.name, "failed", error=str(exc))
            except Exception as exc:  # one bad document must not stop the others
                result = DocumentResult(doc.name, "failed",
                                        error=f"{type(exc).__name__}: {exc}")
        report.results.append(result)
        if progress is not None:
            progress(result)
    return report


def ingest(paths: Iterable[str | Path], *, registry: Registry, issuer: str | None = None,
           date: str | None = None, accept: bool = False, user: str | None = None,
           extractor: Extractor | None = None,
           reader: Callable[[Iterable[str | Path]], Iterable[Any]] | None = None,
           progress: Callable[[DocumentResult], None] | None = None) -> IngestReport:
    """Read every path (folders recursively), extract and store each document."""
    read = reader or _default_reader
    return ingest_documents(read(list(paths)), registry=registry, issuer=issuer, date=date,
                            accept=accept, user=user, extractor=extractor, progress=progress)
