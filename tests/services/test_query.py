from __future__ import annotations

import pytest

from communique.errors import NotFound, UsageError
from communique.model import DateSpan, Person, Record
from communique.services.ingest import ingest_documents
from communique.services.query import EventFilter, count_events, dossier, get_event, list_events
from communique.services.review import add_event


@pytest.fixture
def filled(registry, make_doc, extractor):
    ingest_documents([
        make_doc("aze-2021.txt", "visit 2021-06-15 TUR>AZE", "call 2021-02-11 AZE>KAZ",
                 "meeting 2021-09-21 AZE>HUN UNGA",
                 "agreement 2021-03-02 AZE>GEO | MoU on customs"),
        make_doc("aze-2020.txt", "visit 2020-12-01 AZE>TUR", "meeting 2020 AZE>TUR"),
    ], registry=registry, extractor=extractor)
    add_event(registry, Record(type="meeting", date=DateSpan("2021-05-05"), from_=["AZE"],
                               to=["TUR"], persons=[Person("Mevlut Cavusoglu", "foreign_minister",
                                                           "TUR")]), user="desk")
    return registry


def _types(views):
    return [v.record.type for v in views]


def test_filters_by_type_country_org_and_dates(filled):
    assert _types(list_events(filled, EventFilter(types=["visit"]))) == ["visit", "visit"]
    assert len(list_events(filled, EventFilter(countries=["TUR"]))) == 4
    assert len(list_events(filled, EventFilter(countries=["AZE", "TUR"],
                                               from_date="2021"))) == 2
    assert _types(list_events(filled, EventFilter(orgs=["unga"]))) == ["meeting"]
    june = list_events(filled, EventFilter(from_date="2021-06", to_date="2021-06-30"))
    assert _types(june) == ["visit"]


def test_filters_by_text_person_and_status(filled):
    assert _types(list_events(filled, EventFilter(text="customs"))) == ["agreement"]
    assert _types(list_events(filled, EventFilter(person="cavusoglu"))) == ["meeting"]
    assert _types(list_events(filled, EventFilter(statuses=["accepted"]))) == ["meeting"]
    assert count_events(filled, EventFilter(statuses=["candidate"])) == 6


def test_list_is_in_date_order_and_pages(filled):
    dates = [v.record.date.start for v in list_events(filled)]
    assert dates[0] == "2020" and dates[1] == "2020-12-01"
    page = list_events(filled, limit=2, offset=1)
    assert [v.record.date.start for v in page] == dates[1:3]


def test_bad_filters_raise_usage_errors(filled):
    with pytest.raises(UsageError):
        list_events(filled, EventFilter(types=["picnic"]))
    with pytest.raises(UsageError):
        list_events(filled, EventFilter(from_date="2021-13"))


def test_dossier_groups_by_type_in_date_order_with_sources(filled):
    d = dossier(filled, "tur", 2021)
    assert list(d.groups) == ["visit", "meeting"]
    assert [v.record.date.start for v in d.groups["visit"]] == ["2021-06-15"]
    assert d.groups["visit"][0].record.source.text == "visit 2021-06-15 TUR>AZE"
    assert d.total == 2
    assert dossier(filled, "TUR").total == 4


def test_a_paged_dossier_shows_the_first_of_each_type_and_counts_them_all(filled):
    whole = dossier(filled, "TUR")
    page = dossier(filled, "TUR", per_type=1)
    assert page.counts == {"visit": 2, "meeting": 2} == whole.counts
    assert page.total == whole.total == 4
    assert [v.id for v in page.groups["visit"]] == [whole.groups["visit"][0].id]
    assert [v.id for v in page.groups["meeting"]] == [whole.groups["meeting"][0].id]
    assert page.more("visit") == 1 and whole.more("visit") == 0


def test_show_event_lists_mentions_and_history(filled):
    event_id = list_events(filled, EventFilter(statuses=["accepted"]))[0].id
    detail = get_event(filled, event_id)
    assert detail.mentions[0].merge_reason == "entered by desk"
    assert [h["action"] for h in detail.history] == ["add"]
    with pytest.raises(NotFound):
        get_event(filled, 12345)


def test_list_without_sources_keeps_everything_but_the_sentence(filled):
    full = list_events(filled, count_mentions=False)
    lean = list_events(filled, count_mentions=False, sources=False)
    assert [v.record.source for v in lean] == [None] * len(full)
    assert any(v.record.source is not None for v in full)
    strip = [(v.id, v.status, v.record.type, v.record.from_, v.record.to, v.record.persons,
              v.record.date) for v in full]
    assert strip == [(v.id, v.status, v.record.type, v.record.from_, v.record.to,
                      v.record.persons, v.record.date) for v in lean]
    # counting mentions still reads them, so the count stays right
    assert [v.mentions for v in list_events(filled, sources=False)] == \
        [v.mentions for v in list_events(filled)]
