"""The counting helpers that read a registry (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import pytest

from communique.reports import counting
from communique.services.ingest import ingest_documents


@pytest.fixture
def filled(registry, make_doc, extractor):
    docs = [
        make_doc("aze-2021.txt",
                 "visit 2021-03-12 HUN>AZE",
                 "meeting 2021-03-12 AZE>HUN",
                 "meeting 2021-01-11 AZE>ARM,RUS",
                 "agreement 2021 AZE>UKR",
                 "resolution 2021-12-16 > UNGA | Vaccines for all",
                 "visit 2020-05-05 AZE>GEO"),
        make_doc("other.txt", "resolution 2021-06-01 > UNHRC | Someone else's resolution",
                 "meeting 2021-02-02 FRA>DEU"),
    ]
    report = ingest_documents(docs[:1], registry=registry, issuer="AZE", accept=True,
                              extractor=extractor)
    assert report.failed == 0
    ingest_documents(docs[1:], registry=registry, issuer="FRA", accept=True,
                     extractor=extractor)
    return registry


def test_load_scope_takes_the_issuers_events_of_the_year(filled):
    items = counting.load_scope(filled, "AZE", 2021)
    types = sorted(i.record.type for i in items)
    # the country-less resolution of an AZE document counts; FRA's does not
    assert types == ["agreement", "meeting", "meeting", "resolution", "visit"]
    assert all(isinstance(i.event_id, int) for i in items)


def test_load_scope_leaves_out_rejected_and_candidates(filled):
    from communique.services.query import EventFilter, list_events
    from communique.services.review import reject

    (visit,) = list_events(filled, EventFilter(types=["visit"], countries=["HUN"]))
    reject(filled, [visit.id], user="tester")
    assert not any(i.record.type == "visit" for i in counting.load_scope(filled, "AZE", 2021))


def test_sql_dyad_path_agrees_with_the_pure_rule(filled):
    fast = list(counting.iter_dyad_rows(filled))
    items = counting.scope(counting.load_scope(filled, "AZE", 2021), None, None)
    from communique.services.query import EventFilter, iter_events

    every = counting.counted(iter_events(filled, EventFilter(statuses=["accepted"])))
    assert fast == counting.dyad_year_rows(every)
    assert {(r["country_a"], r["country_b"]) for r in fast if r["year"] == 2021} == {
        ("ARM", "AZE"), ("ARM", "RUS"), ("AZE", "RUS"), ("AZE", "HUN"), ("AZE", "UKR"),
        ("DEU", "FRA")}
    assert items  # the scope is not empty either
    only = list(counting.iter_dyad_rows(filled, issuer="AZE", from_year=2021, to_year=2021))
    assert {(r["country_a"], r["country_b"]) for r in only} == {
        ("ARM", "AZE"), ("AZE", "RUS"), ("AZE", "HUN"), ("AZE", "UKR")}
