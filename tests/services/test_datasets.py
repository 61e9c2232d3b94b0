"""Exports as researchers use them: typed dates, string codes, names, and a codebook
(a Frictionless Data Package) that `frictionless validate` accepts."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from communique.model import CODES, EVENT_TYPES, DateSpan, Quantity, Record
from communique.services.browse import Selection, selection_file_name
from communique.services.export import FLAT_COLUMNS, datapackage_path, export_events
from communique.services.ingest import ingest_documents
from communique.services.query import EventFilter
from communique.services.review import add_event


@pytest.fixture
def filled(registry, make_doc, extractor):
    ingest_documents([make_doc("tur.txt", "visit 2021-06-15..2021-06-16 TUR>AZE",
                               "meeting 2021-03 AZE>HUN",
                               "aid 2021-02-10 AZE>TUR")],
                     registry=registry, extractor=extractor)
    add_event(registry, Record(type="figure", date=DateSpan("2021"), from_=["AZE"],
                               quantity=Quantity(80, "more_than", "meetings")), user="desk")
    return registry


def _csv_rows(registry, flt=None):
    out = io.StringIO()
    export_events(registry, "csv", out, flt)
    return {r["type"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}


def test_dates_carry_their_precision_and_typed_first_and_last_days(filled):
    rows = _csv_rows(filled)
    got = {t: (r["date_precision"], r["date_first"], r["date_last"]) for t, r in rows.items()}
    assert got == {"visit": ("day", "2021-06-15", "2021-06-16"),
                   "meeting": ("month", "2021-03-01", "2021-03-31"),
                   "aid": ("day", "2021-02-10", "2021-02-10"),
                   "figure": ("year", "2021-01-01", "2021-12-31")}


def test_parquet_dates_are_dates_and_codes_are_strings(filled, tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    export_events(filled, "parquet", path)
    table = pq.read_table(path)
    assert str(table.schema.field("date_first").type) == "date32[day]"
    rows = {r["type"]: r for r in table.to_pylist()}
    assert rows["meeting"]["date_last"] == date(2021, 3, 31)
    assert (rows["aid"]["plover"], rows["aid"]["cameo"]) == ("AID", "07")
    assert rows["meeting"]["cameo"] == "040"
    assert rows["visit"]["countries_from_names"] == ["Türkiye"]


def test_every_type_has_its_codes_or_an_explicit_none(filled):
    from communique.services._codebook import CODE_NOTES, code_of

    for kind in EVENT_TYPES:
        plover, cameo = code_of(kind, 0), code_of(kind, 1)
        assert plover and cameo
        if CODES[kind] == (None, None):
            assert (plover, cameo) == ("none", "none") and CODE_NOTES[kind]
    assert _csv_rows(filled)["figure"]["cameo"] == "none"


def test_country_names_stand_beside_the_codes(filled):
    visit = _csv_rows(filled)["visit"]
    assert (visit["countries_from"], visit["countries_from_names"]) == ("TUR", "Türkiye")
    assert (visit["countries_to"], visit["countries_to_names"]) == ("AZE", "Azerbaijan")


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_the_codebook_is_a_data_package_that_frictionless_validates(filled, tmp_path, fmt):
    import frictionless

    data = tmp_path / f"events.{fmt}"
    assert export_events(filled, fmt, data, package=True) == 4
    descriptor_path = datapackage_path(data)
    descriptor = json.loads(descriptor_path.read_text())
    fields = descriptor["resources"][0]["schema"]["fields"]
    assert [f["name"] for f in fields] == list(FLAT_COLUMNS)
    assert all(f["description"] for f in fields)
    report = frictionless.validate(str(descriptor_path))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = frictionless.Package(str(descriptor_path))
    rows = package.get_resource("events").read_rows()
    aid = next(r for r in rows if r["type"] == "aid")
    assert aid["cameo"] == "07" and aid["date_first"] == date(2021, 2, 10)


def test_the_codebook_rejects_a_float_code(filled, tmp_path):
    import frictionless

    data = tmp_path / "events.csv"
    export_events(filled, "csv", data, package=True)
    broken = data.read_text().replace(",AID,07", ",AID,7.0")
    data.write_text(broken)
    report = frictionless.validate(str(datapackage_path(data)))
    assert not report.valid


def test_a_jsonl_export_has_no_data_package(filled, tmp_path):
    from communique.errors import UsageError

    with pytest.raises(UsageError, match="CSV or Parquet"):
        export_events(filled, "jsonl", tmp_path / "e.jsonl", package=True)


@pytest.mark.parametrize("sel, name", [
    (Selection(EventFilter(types=["visit"], countries=["HUN"]), year=2023),
     "events-visit-HUN-2023.csv"),
    (Selection(), "events.csv"),
    (Selection(EventFilter(ids=[1, 2, 3]), q="gas / oil"), "events-gas-oil-3-listed.csv"),
    (Selection(EventFilter(from_date="2023-01", to_date="2023-06"), region="Europe"),
     "events-Europe-2023-01..2023-06.csv"),
])
def test_downloads_are_named_after_their_selection(sel, name):
    assert selection_file_name(sel, "csv") == name
