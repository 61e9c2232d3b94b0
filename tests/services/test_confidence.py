"""Confidence in the registry: stored, merged, exported, imported, sorted, and
used by ``ingest --accept-above``."""

from __future__ import annotations

import csv
import io
import json

import pytest

from communique.errors import ImportValidationError, UsageError
from communique.services.export import export_events
from communique.services.importer import import_file
from communique.services.ingest import ingest_documents
from communique.services.query import EventFilter, get_event, list_events
from communique.services.review import review_list


def _by_title(views):
    return {v.record.title: v for v in views}


def test_an_ingested_record_keeps_its_confidence(registry, make_doc, extractor):
    ingest_documents([make_doc("a.txt", "visit 2021-06-15 TUR>AZE @0.83")],
                     registry=registry, extractor=extractor)
    (view,) = list_events(registry)
    assert view.record.confidence == pytest.approx(0.83)
    assert get_event(registry, view.id).view.record.confidence == pytest.approx(0.83)


def test_a_second_report_of_an_event_raises_its_confidence_never_lowers_it(
        registry, make_doc, extractor):
    ingest_documents([make_doc("a.txt", "visit 2021-06-15 TUR>AZE @0.6")],
                     registry=registry, extractor=extractor)
    ingest_documents([make_doc("b.txt", "visit 2021-06-15 TUR>AZE @0.9")],
                     registry=registry, extractor=extractor)
    ingest_documents([make_doc("c.txt", "visit 2021-06-15 TUR>AZE @0.2")],
                     registry=registry, extractor=extractor)
    (view,) = list_events(registry)
    assert view.mentions == 3
    assert view.record.confidence == pytest.approx(0.9)


def test_accept_above_accepts_only_records_at_or_above_the_threshold(
        registry, make_doc, extractor):
    doc = make_doc("a.txt", "visit 2021-06-15 TUR>AZE @0.95 | high",
                   "meeting 2021-06-15 AZE>HUN @0.9 | at",
                   "call 2021-06-16 AZE>GEO @0.42 | low",
                   "agreement 2021-06-16 AZE>GEO | unknown")
    report = ingest_documents([doc], registry=registry, extractor=extractor,
                              accept_above=0.9)
    assert (report.records, report.accepted, report.candidates) == (4, 2, 2)
    status = {t: v.status for t, v in _by_title(list_events(registry)).items()}
    assert status == {"high": "accepted", "at": "accepted", "low": "candidate",
                      "unknown": "candidate"}


def test_accept_still_accepts_everything(registry, make_doc, extractor):
    doc = make_doc("a.txt", "visit 2021-06-15 TUR>AZE @0.1", "call 2021-06-16 AZE>GEO")
    report = ingest_documents([doc], registry=registry, extractor=extractor, accept=True)
    assert report.accepted == 2 and report.candidates == 0
    assert {v.status for v in list_events(registry)} == {"accepted"}


@pytest.mark.parametrize("kwargs, message", [
    ({"accept": True, "accept_above": 0.9}, "not both"),
    ({"accept_above": 1.5}, "from 0 to 1"),
    ({"accept_above": -0.1}, "from 0 to 1"),
])
def test_accept_above_refuses_bad_use(registry, make_doc, extractor, kwargs, message):
    with pytest.raises(UsageError, match=message):
        ingest_documents([make_doc("a.txt", "visit 2021-06-15 TUR>AZE @0.95")],
                         registry=registry, extractor=extractor, **kwargs)
    assert list_events(registry) == []


def test_the_review_queue_puts_the_least_confident_first_and_unknown_before_all(
        registry, make_doc, extractor):
    doc = make_doc("a.txt", "visit 2021-06-15 TUR>AZE @0.95 | high",
                   "meeting 2021-06-15 AZE>HUN @0.30 | low",
                   "call 2021-06-16 AZE>GEO | unknown",
                   "agreement 2021-06-16 AZE>GEO @0.61 | middle")
    ingest_documents([doc], registry=registry, extractor=extractor)
    queue = review_list(registry)
    assert [v.record.title for v in queue] == ["unknown", "low", "middle", "high"]
    page = review_list(registry, limit=2, offset=1)
    assert [v.record.title for v in page] == ["low", "middle"]


def test_the_review_queue_still_filters(registry, make_doc, extractor):
    doc = make_doc("a.txt", "visit 2021-06-15 TUR>AZE @0.95 | v1",
                   "visit 2021-07-15 AZE>GEO @0.30 | v2",
                   "call 2021-06-16 AZE>GEO @0.1 | c")
    ingest_documents([doc], registry=registry, extractor=extractor)
    queue = review_list(registry, EventFilter(types=["visit"]))
    assert [v.record.title for v in queue] == ["v2", "v1"]


def test_exports_carry_the_confidence(registry, make_doc, extractor, tmp_path):
    ingest_documents([make_doc("a.txt", "visit 2021-06-15 TUR>AZE @0.77",
                               "call 2021-06-16 AZE>GEO")],
                     registry=registry, extractor=extractor)
    out = io.StringIO()
    export_events(registry, "jsonl", out)
    got = sorted((json.loads(line)["type"], json.loads(line)["confidence"])
                 for line in out.getvalue().splitlines())
    assert got == [("call", None), ("visit", 0.77)]
    out = io.StringIO()
    export_events(registry, "csv", out)
    rows = {r["type"]: r["confidence"] for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert rows == {"visit": "0.77", "call": ""}
    pq = pytest.importorskip("pyarrow.parquet")
    export_events(registry, "parquet", tmp_path / "e.parquet")
    table = pq.read_table(tmp_path / "e.parquet")
    assert str(table.schema.field("confidence").type) == "double"
    assert sorted(zip(table.column("type").to_pylist(), table.column("confidence").to_pylist(),
                      strict=True)) == [("call", None), ("visit", 0.77)]


def test_exported_csv_and_jsonl_import_back_with_their_confidence(
        registry, make_doc, extractor, tmp_path):
    from communique.registry import open_registry

    ingest_documents([make_doc("a.txt", "visit 2021-06-15 TUR>AZE @0.77")],
                     registry=registry, extractor=extractor)
    for fmt in ("csv", "jsonl"):
        path = tmp_path / f"e.{fmt}"
        export_events(registry, fmt, path)
        other = open_registry(f"sqlite:///{tmp_path / (fmt + '.db')}")
        try:
            import_file(other, path)
            (view,) = list_events(other)
            assert view.record.confidence == pytest.approx(0.77), fmt
        finally:
            other.close()


_LINE = {"type": "visit", "date": {"start": "2021-06-15", "end": None},
         "countries": {"from": ["TUR"], "to": ["AZE"]}}


@pytest.mark.parametrize("bad", [1.5, -0.2, "high", True])
def test_import_refuses_a_confidence_outside_zero_to_one(registry, tmp_path, bad):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(_LINE) + "\n" + json.dumps({**_LINE, "confidence": bad}) + "\n",
                    encoding="utf-8")
    with pytest.raises(ImportValidationError, match=r"line 2: confidence must be a number"):
        import_file(registry, path)
    assert list_events(registry) == []


def test_import_refuses_a_csv_confidence_that_is_not_a_number(registry, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("type,date_start,countries_from,countries_to,confidence\n"
                    "visit,2021-06-15,TUR,AZE,0.5\nvisit,2021-06-16,TUR,AZE,sure\n",
                    encoding="utf-8")
    with pytest.raises(ImportValidationError, match=r"line 3: confidence must be a number"):
        import_file(registry, path)


def test_import_without_a_confidence_reads_as_unknown(registry, tmp_path):
    path = tmp_path / "old.jsonl"
    path.write_text(json.dumps(_LINE) + "\n", encoding="utf-8")
    import_file(registry, path)
    (view,) = list_events(registry)
    assert view.record.confidence is None
