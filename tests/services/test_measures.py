"""Measures travel with a record: registry, export (JSONL/CSV/Parquet), import, CLI."""

from __future__ import annotations

import csv
import io
import json

import pytest

from communique.errors import ImportValidationError
from communique.model import DateSpan, Quantity, Record
from communique.registry import open_registry
from communique.services.export import export_events
from communique.services.importer import import_file
from communique.services.query import get_event, list_events
from communique.services.review import add_event

VOTES = [Quantity(143, "exactly", "votes"), Quantity(2000000, "about", "USD")]


@pytest.fixture
def election(registry):
    event_id = add_event(registry, Record(type="election", date=DateSpan("2021-11-20"),
                                          from_=["AZE"], organizations=["UNESCO"],
                                          measures=list(VOTES)), user="desk")
    return registry, event_id


def test_a_record_without_measures_reads_as_an_empty_list():
    d = Record(type="visit").to_dict()
    assert d["measures"] == []
    d.pop("measures")
    assert Record.from_dict(d).measures == []


def test_measures_are_stored_and_read_back(election):
    registry, event_id = election
    assert get_event(registry, event_id).view.record.measures == VOTES
    assert list_events(registry)[0].record.measures == VOTES


def test_a_merged_mention_adds_the_measures_the_event_lacks(registry):
    from communique.services._store import store_record

    rec = Record(type="election", date=DateSpan("2021-11-20"), from_=["AZE"],
                 organizations=["UNESCO"], measures=[Quantity(143, "exactly", "votes")])
    again = Record(type="election", date=DateSpan("2021-11-20"), from_=["AZE"],
                   organizations=["UNESCO"], measures=[Quantity(150, "exactly", "votes"),
                                                       Quantity(58, "exactly", "countries")])
    with registry.write() as session:
        first = store_record(session, rec, document_id=None, status="accepted", origin="manual")
        second = store_record(session, again, document_id=None, status="accepted",
                              origin="manual")
        assert second.merged and second.event.id == first.event.id
    measures = list_events(registry)[0].record.measures
    assert measures == [Quantity(143, "exactly", "votes"), Quantity(58, "exactly", "countries")]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_measures_round_trip_through_export_and_import(election, tmp_path, fmt):
    registry, _ = election
    path = tmp_path / f"events.{fmt}"
    export_events(registry, fmt, path)
    other = open_registry(f"sqlite:///{tmp_path / 'copy.db'}")
    import_file(other, path, user="ana")
    assert list_events(other)[0].record.measures == VOTES
    other.close()


def test_csv_export_writes_measures_as_a_json_array(election):
    registry, _ = election
    out = io.StringIO()
    export_events(registry, "csv", out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert json.loads(row["measures"]) == [m.to_dict() for m in VOTES]


def test_csv_import_reads_measures_written_as_text(registry, tmp_path):
    path = tmp_path / "hand.csv"
    path.write_text("type,date_start,countries_from,measures\n"
                    "outreach,2021-06-01,AZE,40 students; more than 100 participants\n",
                    encoding="utf-8")
    import_file(registry, path, user="ana")
    assert list_events(registry)[0].record.measures == [
        Quantity(40, "exactly", "students"), Quantity(100, "more_than", "participants")]


def test_bad_measures_are_refused_line_by_line(registry, tmp_path):
    path = tmp_path / "bad.jsonl"
    good = {"type": "election", "date": {"start": "2021"}, "countries": {"from": ["AZE"]}}
    path.write_text(json.dumps({**good, "measures": [{"value": "many", "unit": "votes"}]})
                    + "\n" + json.dumps({**good, "measures": [{"value": 3,
                                                               "qualifier": "roughly"}]})
                    + "\n", encoding="utf-8")
    with pytest.raises(ImportValidationError) as err:
        import_file(registry, path, user="ana")
    assert [n for n, _ in err.value.problems] == [1, 2]
    assert "value must be a number" in str(err.value) and "'roughly'" in str(err.value)
    assert list_events(registry) == []


def test_parquet_keeps_measures_as_structs(election, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    registry, _ = election
    path = tmp_path / "events.parquet"
    export_events(registry, "parquet", path)
    cell = pq.read_table(path).column("measures").to_pylist()[0]
    assert cell == [{"value": 143.0, "qualifier": "exactly", "unit": "votes"},
                    {"value": 2000000.0, "qualifier": "about", "unit": "USD"}]


def test_stats_by_measure_sums_units_per_type(registry):
    from communique.services.stats import stats

    for n, month in ((40, "2021-03-02"), (15, "2021-05-20")):
        add_event(registry, Record(type="outreach", date=DateSpan(month), from_=["AZE"],
                                   title=f"course {n}",
                                   measures=[Quantity(n, "exactly", "students")]), user="d")
    add_event(registry, Record(type="multilateral", date=DateSpan("2021-10"), from_=["AZE"],
                               organizations=["NAM"],
                               measures=[Quantity(100, "more_than", "people")]), user="d")
    result = stats(registry, "AZE", 2021, by="measure")
    rows = {r.key: r for r in result.rows}
    assert rows["outreach/students"].count == 55
    assert rows["outreach/students"].to_dict()["qualifier"] == "exactly"
    assert rows["multilateral/people"].qualifier == "more_than"
    assert result.counting_rules == "2"
