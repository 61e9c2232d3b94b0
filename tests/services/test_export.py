from __future__ import annotations

import csv
import io
import json

import pytest

from communique.errors import UsageError
from communique.model import CODES, DateSpan, Person, Quantity, Record
from communique.registry import open_registry
from communique.services.export import FLAT_COLUMNS, export_events
from communique.services.importer import import_file
from communique.services.ingest import ingest_documents
from communique.services.query import EventFilter
from communique.services.review import add_event


@pytest.fixture
def filled(registry, make_doc, extractor):
    ingest_documents([make_doc("aze.txt", "visit 2021-06-15..2021-06-16 TUR>AZE",
                               "agreement 2021-03-02 AZE>GEO | MoU on customs",
                               "multilateral 2021-09-21 AZE> UNGA")],
                     registry=registry, extractor=extractor)
    add_event(registry, Record(type="figure", date=DateSpan("2021"), from_=["AZE"],
                               quantity=Quantity(80, "more_than", "meetings"),
                               persons=[Person("Jeyhun Bayramov", "foreign_minister", "AZE")]),
              user="desk")
    return registry


def _without_ids(records):
    return [{k: v for k, v in r.items() if k != "id"} for r in records]


def test_jsonl_export_is_the_interchange_format(filled):
    out = io.StringIO()
    assert export_events(filled, "jsonl", out) == 4
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert set(records[0]) == {"id", "type", "date", "countries", "organizations", "persons",
                               "place", "title", "quantity", "optional", "source",
                               "measures", "confidence"}
    visit = records[0]
    assert visit["date"] == {"start": "2021-06-15", "end": "2021-06-16"}
    assert visit["countries"] == {"from": ["TUR"], "to": ["AZE"]}
    assert visit["source"]["doc"] == "aze.txt" and visit["source"]["start"] == 0


def test_csv_export_is_flat_with_codes(filled):
    out = io.StringIO()
    export_events(filled, "csv", out, EventFilter(types=["visit", "figure"]))
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(FLAT_COLUMNS)
    visit = rows[0]
    assert (visit["plover"], visit["cameo"]) == CODES["visit"]
    assert visit["countries_from"] == "TUR" and visit["source_text"].startswith("visit")
    figure = rows[1]
    assert figure["quantity_value"] == "80" and figure["plover"] == "none"
    assert json.loads(figure["persons"])[0]["name"] == "Jeyhun Bayramov"


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_then_import_round_trips(filled, tmp_path, fmt):
    first = tmp_path / f"first.{fmt}"
    export_events(filled, fmt, first)
    other = open_registry(f"sqlite:///{tmp_path / 'copy.db'}")
    report = import_file(other, first, user="ana")
    assert (report.rows, report.new_events) == (4, 4)
    second = tmp_path / f"second.{fmt}"
    export_events(other, fmt, second)
    if fmt == "jsonl":
        a = [json.loads(x) for x in first.read_text().splitlines()]
        b = [json.loads(x) for x in second.read_text().splitlines()]
        assert _without_ids(a) == _without_ids(b)
    else:
        a = [r for r in csv.DictReader(first.open())]
        b = [r for r in csv.DictReader(second.open())]
        assert [{k: v for k, v in r.items() if k != "id"} for r in a] == \
            [{k: v for k, v in r.items() if k != "id"} for r in b]
    other.close()


def test_parquet_export_loads_in_pandas_and_duckdb(filled, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    pd = pytest.importorskip("pandas")
    path = tmp_path / "events.parquet"
    assert export_events(filled, "parquet", path) == 4
    frame = pd.read_parquet(path)
    assert list(frame.columns) == list(FLAT_COLUMNS)
    assert sorted(frame["type"]) == ["agreement", "figure", "multilateral", "visit"]
    rows = duckdb.sql(
        f"SELECT type, plover, cameo, countries_from[1] AS first_from, len(persons) AS n "
        f"FROM read_parquet('{path}') ORDER BY type").fetchall()
    assert rows[-1] == ("visit", "CONSULT", "042", "TUR", 0)
    assert rows[1][0] == "figure" and rows[1][4] == 1


def test_parquet_needs_a_file(filled):
    with pytest.raises(UsageError):
        export_events(filled, "parquet", None)
    with pytest.raises(UsageError):
        export_events(filled, "xml", None)
