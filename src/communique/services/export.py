"""Export events: JSON Lines (the interchange format), CSV and Parquet.

One record per event; its ``source`` is the first mention, its ``confidence``
extraction's (the highest of its mentions'; empty when unknown). CSV is flat, one
column per field (lists joined with ``;``, persons as a JSON array); CSV
and Parquet add the registry ``status``, each type's PLOVER and CAMEO
codes (strings; ``none`` for a type without one), the dates' precision and
typed first and last days, and country names beside the codes, so the data
joins with POLECAT- or ICEWS-style sets. Parquet keeps lists as lists
(``countries_from`` is ``list<string>``, ``persons`` a list of structs);
pandas and DuckDB read it as it is. Each file can ship its codebook, a
Frictionless Data Package (:func:`write_datapackage`; the codebook is
:mod:`._codebook`).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from ..errors import UsageError
from ..registry import Event, Registry, event_id_str
from ..validation import output_error, output_file
from ._codebook import (
    FIELDS,
    code_of,
    country_names,
    date_bounds,
    date_precision,
    package_descriptor,
)
from ._views import EVENT_COLUMNS, EventView, gather
from .query import EventFilter, iter_events

__all__ = ["FORMATS", "FLAT_COLUMNS", "flatten", "export_events", "write_jsonl", "write_csv",
           "write_parquet", "flat_chunks", "write_datapackage", "datapackage_path",
           "package_descriptor"]

FORMATS = ("jsonl", "csv", "parquet")
FLAT_COLUMNS: tuple[str, ...] = tuple(f.name for f in FIELDS)


def _derived(kind: str, start: str | None, end: str | None, frm: list[str], to: list[str],
             place_country: str | None) -> dict[str, Any]:
    first, last = date_bounds(start, end)
    return {"date_precision": date_precision(start), "date_first": first, "date_last": last,
            "countries_from_names": country_names(frm), "countries_to_names": country_names(to),
            "place_country_name": country_names([place_country])[0] if place_country else None,
            "plover": code_of(kind, 0), "cameo": code_of(kind, 1)}


def flatten(view: EventView, *, lists_as_text: bool = True) -> dict[str, Any]:
    """One flat row per event (CSV text cells, or Python lists for Parquet)."""
    rec = view.record
    persons = [p.to_dict() for p in rec.persons]
    q, src, place = rec.quantity, rec.source, rec.place

    def seq(values: list[str]) -> Any:
        return ";".join(values) if lists_as_text else list(values)

    extra = _derived(rec.type, rec.date.start, rec.date.end, list(rec.from_), list(rec.to),
                     place.country if place else None)
    row = {
        "id": rec.id,
        "type": rec.type,
        "date_start": rec.date.start,
        "date_end": rec.date.end,
        "countries_from": seq(rec.from_),
        "countries_to": seq(rec.to),
        "organizations": seq(rec.organizations),
        "persons": json.dumps(persons, ensure_ascii=False) if lists_as_text else persons,
        "place_country": place.country if place else None,
        "place_city": place.city if place else None,
        "title": rec.title,
        "quantity_value": float(q.value) if q else None,
        "quantity_qualifier": q.qualifier if q else None,
        "quantity_unit": q.unit if q else None,
        "optional": rec.optional,
        "confidence": rec.confidence,
        "source_doc": src.doc if src else None,
        "source_start": src.start if src else None,
        "source_end": src.end if src else None,
        "source_text": src.text if src else None,
        "status": view.status,
        "measures": _measures_cell([m.to_dict() for m in rec.measures], lists_as_text),
    }
    row.update(extra)
    row["countries_from_names"] = seq(row["countries_from_names"])
    row["countries_to_names"] = seq(row["countries_to_names"])
    return {c: row[c] for c in FLAT_COLUMNS}


def _measures_cell(measures: list[dict[str, Any]], lists_as_text: bool) -> Any:
    """CSV: a JSON array (empty cell when none); Parquet: a list of structs."""
    if not lists_as_text:
        return [{**m, "value": float(m["value"])} for m in measures]
    return json.dumps(measures, ensure_ascii=False) if measures else ""


def write_jsonl(views: Iterable[EventView], out: IO[str]) -> int:
    n = 0
    for v in views:
        out.write(json.dumps(v.record.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(views: Iterable[EventView], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=list(FLAT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for v in views:
        row = flatten(v)
        row["optional"] = "true" if row["optional"] else "false"
        if row["quantity_value"] is not None and float(row["quantity_value"]).is_integer():
            row["quantity_value"] = int(row["quantity_value"])
        writer.writerow(row)
        n += 1
    return n


def _parquet_schema() -> Any:
    import pyarrow as pa

    text, lst = pa.string(), pa.list_(pa.string())
    person = pa.struct([("name", text), ("role", text), ("country", text)])
    measure = pa.struct([("value", pa.float64()), ("qualifier", text), ("unit", text)])
    types = {"countries_from": lst, "countries_to": lst, "organizations": lst,
             "countries_from_names": lst, "countries_to_names": lst,
             "date_first": pa.date32(), "date_last": pa.date32(),
             "persons": pa.list_(person), "quantity_value": pa.float64(),
             "optional": pa.bool_(), "confidence": pa.float64(), "measures": pa.list_(measure),
             "source_start": pa.int64(), "source_end": pa.int64()}
    return pa.schema([(c, types.get(c, text)) for c in FLAT_COLUMNS])


def flat_chunks(registry: Registry, flt: EventFilter | None = None, *, chunk: int = 50000,
                lists_as_text: bool = True) -> Iterator[dict[str, list[Any]]]:
    """Matching events as flat columns, a chunk at a time (the fast path for
    large exports: no record objects are built)."""
    flt = flt or EventFilter()
    last = 0
    base = select(*EVENT_COLUMNS).where(*flt.where())
    with registry.read() as session:
        conn = session.connection()
        while True:
            rows = conn.execute(base.where(Event.id > last).order_by(Event.id)
                                .limit(chunk)).all()
            if not rows:
                return
            last = rows[-1].id
            p = gather(conn, [r.id for r in rows])
            cols: dict[str, list[Any]] = {c: [] for c in FLAT_COLUMNS}
            empty: list[Any] = []
            for r in rows:
                eid = r.id
                frm: Any = p.frm.get(eid, empty)
                to: Any = p.to.get(eid, empty)
                extra = _derived(r.type, r.date_start, r.date_end, frm, to, r.place_country)
                names_from, names_to = extra.pop("countries_from_names"), \
                    extra.pop("countries_to_names")
                orgs: Any = p.orgs.get(eid, empty)
                persons: Any = [x.to_dict() for x in p.persons.get(eid, empty)]
                src = p.sources.get(eid)
                if lists_as_text:
                    frm, to, orgs = ";".join(frm), ";".join(to), ";".join(orgs)
                    names_from, names_to = ";".join(names_from), ";".join(names_to)
                    persons = json.dumps(persons, ensure_ascii=False)
                for key, value in (
                        ("id", event_id_str(eid)), ("type", r.type),
                        ("date_start", r.date_start), ("date_end", r.date_end),
                        ("countries_from", frm), ("countries_to", to),
                        ("organizations", orgs), ("persons", persons),
                        ("place_country", r.place_country), ("place_city", r.place_city),
                        ("title", r.title), ("quantity_value", r.quantity_value),
                        ("quantity_qualifier", r.quantity_qualifier),
                        ("quantity_unit", r.quantity_unit), ("optional", bool(r.optional)),
                        ("confidence", r.confidence),
                        ("source_doc", src.doc if src else None),
                        ("source_start", src.start if src else None),
                        ("source_end", src.end if src else None),
                        ("source_text", src.text if src else None),
                        ("status", r.status), ("countries_from_names", names_from),
                        ("countries_to_names", names_to),
                        ("measures", _measures_cell(r.measures or [], lists_as_text)),
                        *extra.items()):
                    cols[key].append(value)
            yield cols


def write_parquet(registry: Registry, path: str | Path, flt: EventFilter | None = None,
                  *, chunk: int = 50000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    n = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        for cols in flat_chunks(registry, flt, chunk=chunk, lists_as_text=False):
            writer.write_table(pa.Table.from_pydict(cols, schema=schema))
            n += len(cols["id"])
        if n == 0:
            writer.write_table(schema.empty_table())
    return n


def datapackage_path(data: str | Path) -> Path:
    """Where the codebook of a data file goes: ``events.csv`` ->
    ``events.csv.datapackage.json`` beside it (a CSV and a Parquet file of the same
    name keep their own)."""
    data = Path(data)
    return data.with_name(f"{data.name}.datapackage.json")


def write_datapackage(data: str | Path, fmt: str, *, rows: int | None = None,
                      title: str | None = None) -> Path:
    """Write the Frictionless Data Package describing the export ``data`` (a CSV or
    Parquet file) beside it; returns the descriptor's path."""
    if fmt not in ("csv", "parquet"):
        raise UsageError(f"a data package describes CSV or Parquet files, not {fmt}: the "
                         "JSON Lines export follows the interchange format (events-v1)")
    target = datapackage_path(data)
    descriptor = package_descriptor(fmt, Path(data).name, rows=rows, title=title)
    target.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    return target


def export_events(registry: Registry, fmt: str, out: str | Path | IO[str] | None = None,
                  flt: EventFilter | None = None, *, package: bool = False) -> int:
    """Write every event matching ``flt`` to ``out`` (a path, a text stream, or
    ``None``/``"-"`` for standard output); returns the number of events. With
    ``package`` (and a CSV or Parquet file), its codebook goes beside it
    (:func:`write_datapackage`)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if package and (fmt == "jsonl" or not isinstance(out, str | Path) or out == "-"):
        raise UsageError("a data package needs a CSV or Parquet file: give -f csv or -f "
                         "parquet and -o FILE")
    if fmt == "parquet":
        if out is None or out == "-" or not isinstance(out, str | Path):
            raise UsageError("Parquet is binary: give a file with -o FILE.parquet")
        output_file(out)
        try:
            n = write_parquet(registry, out, flt)
        except OSError as exc:
            raise output_error(exc, out) from None
        if package:
            write_datapackage(out, fmt, rows=n)
        return n
    if flt is not None:
        flt.check()
    views = iter_events(registry, flt)
    write = write_jsonl if fmt == "jsonl" else write_csv
    if out is None or out == "-":
        return write(views, sys.stdout)
    if isinstance(out, io.TextIOBase) or hasattr(out, "write"):
        return write(views, out)  # type: ignore[arg-type]
    output_file(out)
    try:
        with open(out, "w", encoding="utf-8", newline="") as fh:
            n = write(views, fh)
    except OSError as exc:
        raise output_error(exc, out) from None
    if package:
        write_datapackage(out, fmt, rows=n)
    return n
