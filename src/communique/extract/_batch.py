"""Extraction as a map over Arrow tables: documents in, records out.

Extraction is a pure function of a document, so a corpus too large for one
machine is a map over shards on an engine that already exists (Dask, Spark,
Ray): each task calls :func:`extract_batch` on a table of documents and
writes the table of records it returns, e.g. as Parquet. ``communique
import RECORDS.parquet`` then loads such files into the registry in bulk.

Documents table: ``name`` and ``text`` (strings), optionally ``issuer`` and
``date`` per document (else the call's). Records table
(:data:`RECORD_SCHEMA`): the document name, the record's place in it, a few
flat columns for filtering, and ``record``, the whole interchange record as
JSON (every field, including those later versions add). A document that
cannot be read gives one row with ``error`` set and no record: nothing is
dropped silently.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import CommuniqueError, UsageError

__all__ = ["RECORD_SCHEMA", "extract_batch", "extract_parquet"]

_STRINGS = pa.list_(pa.string())

#: the records table every batch returns (the same schema whatever the batch holds)
RECORD_SCHEMA = pa.schema([
    pa.field("document", pa.string(), nullable=False),
    pa.field("index", pa.int32()),
    pa.field("type", pa.string()),
    pa.field("date_start", pa.string()),
    pa.field("date_end", pa.string()),
    pa.field("countries_from", _STRINGS),
    pa.field("countries_to", _STRINGS),
    pa.field("organizations", _STRINGS),
    pa.field("confidence", pa.float64()),
    pa.field("record", pa.string()),
    pa.field("error", pa.string()),
])


def _column(table: pa.Table, name: str) -> list[Any] | None:
    return table.column(name).to_pylist() if name in table.column_names else None


def _rows_of(name: str, text: str | None, issuer: str | None,
             date: str | None) -> list[dict[str, Any]]:
    from ..documents import document_from_text
    from ._api import extract_document

    try:
        doc = document_from_text(text or "", name=name)
        records = extract_document(doc, issuer=issuer, date=date).records
    except CommuniqueError as exc:
        return [{"document": name, "error": str(exc)}]
    rows = []
    for i, rec in enumerate(records):
        d = rec.to_dict()
        rows.append({
            "document": name, "index": i, "type": rec.type,
            "date_start": rec.date.start, "date_end": rec.date.end,
            "countries_from": list(rec.from_), "countries_to": list(rec.to),
            "organizations": list(rec.organizations), "confidence": d.get("confidence"),
            "record": json.dumps(d, ensure_ascii=False), "error": None,
        })
    return rows


def extract_batch(documents: pa.Table, *, issuer: str | None = None,
                  date: str | None = None) -> pa.Table:
    """The records of every document of ``documents``, in order, as one table."""
    missing = [c for c in ("name", "text") if c not in documents.column_names]
    if missing:
        raise UsageError(f"the documents table lacks the column(s) {', '.join(missing)}: "
                         "give 'name' and 'text' (and optionally 'issuer' and 'date')")
    names, texts = _column(documents, "name") or [], _column(documents, "text") or []
    issuers, dates = _column(documents, "issuer"), _column(documents, "date")
    rows: list[dict[str, Any]] = []
    for i, (name, text) in enumerate(zip(names, texts, strict=True)):
        rows.extend(_rows_of(str(name if name is not None else f"document-{i}"), text,
                             (issuers[i] if issuers else None) or issuer,
                             (dates[i] if dates else None) or date))
    return pa.Table.from_pylist(rows, schema=RECORD_SCHEMA)


def extract_parquet(documents: str | Path, records: str | Path, *, issuer: str | None = None,
                    date: str | None = None) -> int:
    """Read a Parquet file of documents, write the Parquet file of their records;
    returns the number of records."""
    table = extract_batch(pq.read_table(documents), issuer=issuer, date=date)
    pq.write_table(table, records)
    return sum(1 for r in table.column("record").to_pylist() if r is not None)
