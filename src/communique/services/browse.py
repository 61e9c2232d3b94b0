"""Browsing the registry: event selections with facets, sorting and full-text
search; documents with their records; organisations.

    sel = Selection(EventFilter(types=["visit"]), region="Europe", q="energy")
    page = browse(reg, sel, limit=50, offset=0)     -> Page(total, items)
    facets(reg, sel)                                -> {"type": [Facet], ...}
    export_selection(reg, sel, "csv", stream)

A :class:`Selection` is an :class:`~communique.services.query.EventFilter`
plus what the web's facets add: one region (UN M49), one document, a
full-text query over mention sentences, a year and a sort order.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, OperationalError

from ..errors import NotFound, UsageError
from ..registry import (
    STATUSES,
    Document,
    Event,
    EventParticipant,
    Mention,
    Registry,
    has_fulltext,
    matching_events,
)
from ..validation import MAX_FILTER_TEXT, check_id, check_page, check_text
from ._views import EVENT_COLUMNS, EventView, load_views
from .query import EventFilter

__all__ = ["SORTS", "Selection", "Page", "Facet", "browse", "facets", "iter_selection",
           "export_selection", "DocumentRow", "DocumentView", "MarkedMention", "list_documents",
           "count_documents", "get_document", "OrgRow", "list_organisations", "fulltext_enabled",
           "document_texts", "count_selection", "selection_file_name", "ids_label"]

#: sort keys (a leading ``-`` means descending) and the columns they order by
SORTS: dict[str, tuple[Any, ...]] = {
    "date": (Event.date_lo, Event.id),
    "-date": (Event.date_lo.desc(), Event.id.desc()),
    "type": (Event.type, Event.date_lo, Event.id),
    "-type": (Event.type.desc(), Event.date_lo.desc(), Event.id.desc()),
    "status": (Event.status, Event.date_lo, Event.id),
    "-status": (Event.status.desc(), Event.date_lo.desc(), Event.id.desc()),
    "id": (Event.id,),
    "-id": (Event.id.desc(),),
    # the review queue: least confident first, unknown (None) before all
    "confidence": (Event.confidence.asc().nulls_first(), Event.id),
    "-confidence": (Event.confidence.desc().nulls_last(), Event.id.desc()),
}


@dataclass
class Selection:
    flt: EventFilter = field(default_factory=EventFilter)
    region: str | None = None
    document: int | None = None
    q: str | None = None
    year: int | None = None
    sort: str = "-date"

    def check(self) -> None:
        if self.sort not in SORTS:
            raise UsageError(f"unknown sort {self.sort!r}; use one of {', '.join(SORTS)}")
        if self.year is not None and not 1000 <= self.year <= 9999:
            raise UsageError(f"year {self.year} is not a four-digit year")
        if self.document is not None:
            check_id(self.document, "document")
        check_text(self.q, "the search words", MAX_FILTER_TEXT)
        check_text(self.region, "the region", 40)
        if self.region is not None and self.region not in _regions():
            raise UsageError(f"unknown region {self.region!r}; use one of "
                             f"{', '.join(sorted(_regions()))}")
        self.flt.check()

    def event_filter(self) -> EventFilter:
        """The EventFilter with the year folded into its dates."""
        flt = replace(self.flt)
        if self.year is not None:
            flt.from_date = flt.to_date = f"{self.year:04d}"
        return flt


def selection_file_name(sel: Selection, ext: str, *, stem: str = "events") -> str:
    """A download's name after its selection: ``events-visit-HUN-2023.csv``
    (types, countries, organisations, region, person, dates, statuses other than the
    default two, a search, a document, a list of ids), safe in any file system."""
    import re

    flt = sel.flt
    parts = [stem, *flt.types, *flt.countries, *flt.orgs]
    if sel.region:
        parts.append(sel.region)
    if flt.person:
        parts.append(flt.person)
    if sel.year is not None:
        parts.append(str(sel.year))
    if flt.from_date or flt.to_date:
        parts.append(f"{flt.from_date or ''}..{flt.to_date or ''}".strip("."))
    if flt.statuses:
        parts.extend(flt.statuses)
    if sel.document is not None:
        parts.append(f"doc{sel.document}")
    if sel.q or flt.text:
        parts.append(sel.q or flt.text or "")
    if flt.ids:
        parts.append(f"{len(flt.ids)}-listed")
    words = [re.sub(r"[^A-Za-z0-9.]+", "-", p).strip("-.") for p in parts]
    name = "-".join(w for w in words if w)[:120].rstrip("-.")
    return f"{name}.{ext}"


#: how a list of events of one type is called ("the 58 meetings of 2023")
_TYPE_PLURALS = {
    "visit": "visits", "meeting": "meetings", "call": "calls", "consultation": "consultations",
    "commission": "commission sessions", "agreement": "agreements",
    "multilateral": "multilateral events", "resolution": "resolutions",
    "election": "elections", "chairmanship": "chairmanships", "legal": "court cases",
    "mission": "missions", "aid": "aid deliveries", "consular": "consular operations",
    "outreach": "outreach events", "figure": "stated figures",
}


def ids_label(registry: Registry, ids: list[int]) -> str:
    """A name for a list of events, said instead of their ids: "the 58 meetings of
    2023", "the 12 events of 2023", "the 3 listed events"."""
    if not ids:
        return "no events"
    with registry.read() as session:
        rows = session.execute(select(Event.type, func.substr(Event.date_lo, 1, 4))
                               .where(Event.id.in_(ids))).all()
    n = len(rows)
    if n == 0:
        return f"the {len(ids)} listed events (none is in the registry)"
    types = {t for t, _ in rows}
    years = {y for _, y in rows if y}
    noun = _TYPE_PLURALS.get(next(iter(types)), "events") if len(types) == 1 else "events"
    if n == 1:
        noun = {"aid deliveries": "aid delivery", "court cases": "court case",
                "commission sessions": "commission session"}.get(noun, noun.removesuffix("s"))
    of = f" of {next(iter(years))}" if len(years) == 1 else ""
    return f"the {n} {noun}{of}" if n > 1 else f"the one {noun}{of}"


def _partner_regions(registry: Registry) -> dict[str, list[str]]:
    """Regions of partner countries: the registry's own country (the issuer of most of
    its documents) is left out, as the review and ``stats --by region`` count partner
    regions only (one rule everywhere)."""
    from .overview import home_country

    home = home_country(registry)
    return {name: [c for c in codes if c != home] for name, codes in _regions().items()}


def _regions() -> dict[str, list[str]]:
    from ..reference import countries

    out: dict[str, list[str]] = {}
    for code, c in countries().items():
        if c.region:
            out.setdefault(c.region, []).append(code)
    return out


def fulltext_enabled(registry: Registry) -> bool:
    """Whether the database has the full-text objects (else search uses LIKE)."""
    cached = getattr(registry, "_communique_fulltext", None)
    if cached is None:
        with registry.engine.connect() as conn:
            cached = has_fulltext(conn)
        registry._communique_fulltext = cached  # type: ignore[attr-defined]
    return bool(cached)


def _where(registry: Registry, sel: Selection, *, skip: str | None = None) -> list[Any]:
    sel.check()
    flt = sel.event_filter()
    if skip == "type":
        flt.types = []
    if skip == "status":  # every status, not only the default two
        flt.statuses = list(STATUSES)
    if skip == "year" and sel.year is not None:
        flt.from_date, flt.to_date = sel.flt.from_date, sel.flt.to_date
    flt.text = None
    clauses = flt.where()
    if sel.region:
        clauses.append(Event.id.in_(select(EventParticipant.event_id).where(
            EventParticipant.kind == "country",
            EventParticipant.code.in_(_partner_regions(registry)[sel.region]))))
    if sel.document is not None:
        clauses.append(Event.id.in_(select(Mention.event_id).where(
            Mention.document_id == sel.document)))
    text = (sel.q or sel.flt.text or "").strip()
    if text:
        hits = matching_events(text, registry.dialect, fulltext_enabled(registry))
        if hits is not None:
            clauses.append(Event.id.in_(hits))
    return clauses


@dataclass
class Page:
    total: int
    items: list[EventView]
    limit: int
    offset: int


def count_selection(registry: Registry, sel: Selection) -> int:
    with registry.read() as session:
        return int(session.scalar(select(func.count()).select_from(Event)
                                  .where(*_where(registry, sel))) or 0)


def browse(registry: Registry, sel: Selection, *, limit: int = 50, offset: int = 0,
           with_total: bool = True) -> Page:
    """One page of the selection in its sort order, with the number of matches."""
    if not 0 < limit <= 1000:
        raise UsageError("give a page size between 1 and 1000")
    check_page(limit, offset)
    clauses = _where(registry, sel)
    query = select(*EVENT_COLUMNS).where(*clauses).order_by(*SORTS[sel.sort])
    with registry.read() as session:
        rows = session.connection().execute(query.limit(limit).offset(offset)).all()
        items = load_views(session, rows, count_mentions=True)
        total = (int(session.scalar(select(func.count()).select_from(Event).where(*clauses))
                     or 0) if with_total else -1)
    return Page(total, items, limit, offset)


def iter_selection(registry: Registry, sel: Selection, *, chunk: int = 5000
                   ) -> Iterator[EventView]:
    """Every event of the selection in id order, read in chunks (downloads)."""
    clauses = _where(registry, sel)
    last = 0
    with registry.read() as session:
        while True:
            rows = session.connection().execute(
                select(*EVENT_COLUMNS).where(*clauses, Event.id > last).order_by(Event.id)
                .limit(chunk)).all()
            if not rows:
                return
            yield from load_views(session, rows)
            last = rows[-1].id


def export_selection(registry: Registry, sel: Selection, fmt: str,
                     out: IO[str] | IO[bytes] | str | Path) -> int:
    """Write the selection as ``jsonl`` or ``csv`` (text stream) or ``parquet``
    (a path or binary stream), in the formats of :mod:`communique.services.export`."""
    from .export import FORMATS, write_csv, write_jsonl

    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    views = iter_selection(registry, sel)
    if fmt == "jsonl":
        return write_jsonl(views, out)  # type: ignore[arg-type]
    if fmt == "csv":
        return write_csv(views, out)  # type: ignore[arg-type]
    return _write_parquet(views, out)


def _write_parquet(views: Iterator[EventView], out: Any) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .export import _parquet_schema, flatten

    schema = _parquet_schema()
    n = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for view in views:
            row = flatten(view, lists_as_text=False)
            row["quantity_value"] = (float(row["quantity_value"])
                                     if row["quantity_value"] is not None else None)
            batch.append(row)
            if len(batch) >= 5000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


@dataclass(frozen=True)
class Facet:
    value: str
    count: int


def _ranked(rows: Any, limit: int | None = None) -> list[Facet]:
    out = sorted((Facet(str(v), int(n)) for v, n in rows if v is not None),
                 key=lambda f: (-f.count, f.value))
    return out[:limit] if limit else out


def _participant_facet(conn: Connection, kind: str, key: Any, ids: Select[Any],
                       limit: int | None) -> list[Facet]:
    """Distinct events per participant ``key`` (a code, or a region of it) in ``ids``."""
    query = (select(key, func.count(func.distinct(EventParticipant.event_id)))
             .where(EventParticipant.kind == kind, EventParticipant.event_id.in_(ids))
             .group_by(key))
    return _ranked(conn.execute(query), limit)


class _Budget:
    """Run queries until a deadline; a query still running then is stopped (SQLite:
    a progress handler; PostgreSQL: a statement timeout inside a savepoint) and
    answers None. Without a budget every query runs to the end."""

    def __init__(self, conn: Connection, seconds: float | None) -> None:
        self.conn = conn
        self.deadline = None if seconds is None else time.monotonic() + seconds

    def run(self, fn: Callable[[], Any]) -> Any:
        if self.deadline is None:
            return fn()
        left = self.deadline - time.monotonic()
        if left <= 0:
            return None
        if self.conn.dialect.name == "sqlite":
            raw: Any = self.conn.connection.driver_connection
            deadline = self.deadline
            raw.set_progress_handler(lambda: int(time.monotonic() > deadline), 2000)
            try:
                return fn()
            except OperationalError as exc:
                if "interrupt" not in str(exc.orig):
                    raise
                return None
            finally:
                raw.set_progress_handler(None, 0)
        if self.conn.dialect.name == "postgresql":
            nested = self.conn.begin_nested()
            ms = max(1, int(left * 1000))
            try:
                self.conn.exec_driver_sql(f"SET LOCAL statement_timeout = {ms}")
                result = fn()
            except DBAPIError as exc:
                nested.rollback()
                if type(exc.orig).__name__ != "QueryCanceled":
                    raise
                return None
            nested.commit()
            return result
        return fn()


def facets(registry: Registry, sel: Selection, *, top: int = 15,
           budget: float | None = None) -> dict[str, list[Facet] | None]:
    """Counts of the selection by type, status, year, country, region, organisation
    and document (each the number of distinct events). Type, status and year count
    as if their own choice were unmade, so the other values stay visible.

    With ``budget`` (seconds), counting stops when it is spent: the facets not
    counted by then are None (a wide selection of a large registry; the cheap
    counts by type, status and year come first)."""
    where = _where(registry, sel)
    ids = select(Event.id).where(*where)
    year = func.substr(Event.date_lo, 1, 4)
    # one IN list per region (indexed lookups) rather than one branch per country
    region = case(*[(EventParticipant.code.in_(sorted(codes)), name)
                    for name, codes in sorted(_partner_regions(registry).items()) if codes],
                  else_=None)

    def by_type() -> list[Facet]:
        counts: dict[str, int] = {}
        # grouped by status first: the counts then come from ix_events_browse alone
        for _status, typ, n in conn.execute(
                select(Event.status, Event.type, func.count())
                .where(*_where(registry, sel, skip="type"))
                .group_by(Event.status, Event.type)):
            counts[typ] = counts.get(typ, 0) + int(n)
        return _ranked(counts.items())

    def by_document() -> list[Facet]:
        docs = conn.execute(
            select(Mention.document_id, func.count(func.distinct(Mention.event_id)))
            .where(Mention.event_id.in_(ids), Mention.document_id.is_not(None))
            .group_by(Mention.document_id)
            .order_by(func.count(func.distinct(Mention.event_id)).desc(), Mention.document_id)
            .limit(top)).all()
        names = dict(conn.execute(select(Document.id, Document.name).where(
            Document.id.in_([d for d, _ in docs]))).tuples().all()) if docs else {}
        return [Facet(f"{d}:{names.get(d, d)}", int(n)) for d, n in docs]

    with registry.read() as session:
        conn = session.connection()
        b = _Budget(conn, budget)

        def by_month() -> list[Facet]:
            """The year's events by the month they start: a date histogram (all twelve
            months, empty ones too; events dated only by the year are left out)."""
            month = func.substr(Event.date_lo, 1, 7)
            counts: dict[str, int] = {str(m): int(n) for m, n in conn.execute(
                select(month, func.count()).where(*where, func.length(Event.date_start) >= 7)
                .group_by(month))}
            return [Facet(f"{sel.year:04d}-{m:02d}", int(counts.get(f"{sel.year:04d}-{m:02d}",
                                                                     0)))
                    for m in range(1, 13)]

        return {
            "type": b.run(by_type),
            "status": b.run(lambda: _ranked(conn.execute(
                select(Event.status, func.count()).where(*_where(registry, sel, skip="status"))
                .group_by(Event.status)))),
            "year": b.run(lambda: sorted(_ranked(conn.execute(
                select(year, func.count()).where(*_where(registry, sel, skip="year"))
                .group_by(year))), key=lambda f: f.value, reverse=True)),
            "country": b.run(lambda: _participant_facet(conn, "country", EventParticipant.code,
                                                        ids, top)),
            "org": b.run(lambda: _participant_facet(conn, "org", EventParticipant.code, ids,
                                                    top)),
            "region": b.run(lambda: _participant_facet(conn, "country", region, ids, None)),
            "document": b.run(by_document),
            "month": b.run(by_month) if sel.year is not None else [],
        }


# ------------------------------------------------------------------ documents


@dataclass
class DocumentRow:
    id: int
    name: str
    kind: str | None
    issuer: str | None
    date: str | None
    size: int | None
    ingested_at: datetime
    ingested_by: str | None
    mentions: int = 0


@dataclass
class MarkedMention:
    id: int
    event_id: int
    start: int
    end: int
    type: str
    status: str


@dataclass
class DocumentView:
    row: DocumentRow
    text: str
    mentions: list[MarkedMention]
    #: what extraction took the issuer and the document's day from (None: stored
    #: before communique kept it)
    issuer_reason: str | None = None
    date_reason: str | None = None


def _doc_row(d: Any, mentions: int = 0) -> DocumentRow:
    return DocumentRow(d.id, d.name, d.kind, d.issuer, d.date, d.size, d.ingested_at,
                       d.ingested_by, mentions)


def count_documents(registry: Registry) -> int:
    with registry.read() as session:
        return int(session.scalar(select(func.count()).select_from(Document)) or 0)


def list_documents(registry: Registry, *, limit: int = 50, offset: int = 0,
                   name: str | None = None) -> list[DocumentRow]:
    """Documents, newest first, with the number of mentions each supports."""
    cols = (Document.id, Document.name, Document.kind, Document.issuer, Document.date,
            Document.size, Document.ingested_at, Document.ingested_by)
    query = select(*cols).order_by(Document.id.desc()).limit(limit).offset(offset)
    if name:
        query = query.where(func.lower(Document.name).like(f"%{name.lower()}%"))
    with registry.read() as session:
        rows = session.execute(query).all()
        ids = [r.id for r in rows]
        counts = dict(session.execute(
            select(Mention.document_id, func.count()).where(Mention.document_id.in_(ids))
            .group_by(Mention.document_id)).tuples().all()) if ids else {}
    return [_doc_row(r, counts.get(r.id, 0)) for r in rows]


def get_document(registry: Registry, document_id: int) -> DocumentView:
    """A document's text with the spans of every mention and the event each supports."""
    check_id(document_id, "document")
    with registry.read() as session:
        doc = session.get(Document, document_id)
        if doc is None:
            raise NotFound(f"no document {document_id}; list them with the documents page")
        marks = [MarkedMention(mid, eid, start or 0, end or 0, typ, status)
                 for mid, eid, start, end, typ, status in session.execute(
                     select(Mention.id, Mention.event_id, Mention.start, Mention.end, Event.type,
                            Event.status).join(Event, Event.id == Mention.event_id)
                     .where(Mention.document_id == document_id).order_by(Mention.start))]
        return DocumentView(_doc_row(doc, len(marks)), doc.text, marks,
                            doc.issuer_reason, doc.date_reason)


# ------------------------------------------------------------------ organisations


@dataclass
class OrgRow:
    code: str
    name: str
    parent: str | None
    events: int


def list_organisations(registry: Registry) -> list[OrgRow]:
    """Organisations that take part in events (busiest first), with reference names."""
    from ..reference import organizations

    known = organizations()
    with registry.read() as session:
        rows = session.execute(
            select(EventParticipant.code, func.count(func.distinct(EventParticipant.event_id)))
            .join(Event, Event.id == EventParticipant.event_id)
            .where(EventParticipant.kind == "org", Event.merged_into_id.is_(None),
                   Event.status != "rejected")
            .group_by(EventParticipant.code).order_by(func.count().desc())).all()
    out = []
    for code, n in rows:
        org = known.get(code)
        out.append(OrgRow(code, org.name if org else code, org.parent if org else None, int(n)))
    return out


def document_texts(registry: Registry, ids: list[int]) -> dict[int, tuple[str, str]]:
    """``{id: (name, text)}`` of the documents ``ids`` (for mentions in context)."""
    if not ids:
        return {}
    with registry.read() as session:
        return {i: (name, text) for i, name, text in session.execute(
            select(Document.id, Document.name, Document.text).where(Document.id.in_(ids)))}
