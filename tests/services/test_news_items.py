"""Rules 13 and 14 on a registry: the issuer's news items; aid reach "so far"."""

from __future__ import annotations

from communique.aid import Aid
from communique.model import DateSpan, Record
from communique.reports import counting
from communique.services.aid import add_aid
from communique.services.ingest import ingest_documents
from communique.services.review import add_event


def test_news_items_are_the_issuers_documents_by_year_and_kind(registry, make_doc, extractor):
    docs = [make_doc("a.txt", "visit 2021-06-15 TUR>AZE"),
            make_doc("b.txt", "meeting 2021-06-16 AZE>GEO"),
            make_doc("interview.txt", "figure 2021-07-01 AZE>")]
    ingest_documents(docs, registry=registry, extractor=extractor, issuer="AZE",
                     date="2021-06-15")
    counts = counting.news_items(registry, "AZE")
    assert sum(n.value for n in counts) == 3
    assert {n.year for n in counts} == {2021}
    assert "interview" in {n.kind for n in counts}
    assert counting.news_items(registry, "AZE", from_year=2022) == []


def test_aid_reach_so_far_reads_events_and_activities(registry):
    add_event(registry, Record(type="aid", date=DateSpan("2019-04"), from_=["AZE"],
                               to=["IDN"]), user="ana")
    add_event(registry, Record(type="aid", date=DateSpan("2021-04"), from_=["AZE"],
                               to=["HRV"]), user="ana")
    add_aid(registry, Aid(title="Grant", donor="AZE", recipients=["AFG", "WHO"],
                          date=DateSpan("2020")), user="ana")
    reach = counting.aid_reach(registry, "AZE", to_year=2021)
    assert reach.countries == ["AFG", "HRV", "IDN"] and reach.organizations == ["WHO"]
    assert reach.years == (2019, 2021)
    assert counting.aid_reach(registry, "AZE", from_year=2021, to_year=2021).countries == \
        ["HRV"]


def test_stats_shows_news_items_and_aid_reach(registry, make_doc, extractor):
    import pytest

    from communique.errors import UsageError
    from communique.services.stats import stats

    ingest_documents([make_doc("a.txt", "visit 2021-06-15 TUR>AZE")], registry=registry,
                     extractor=extractor, issuer="AZE", date="2021-06-15")
    add_event(registry, Record(type="aid", date=DateSpan("2020-04"), from_=["AZE"],
                               to=["IDN"], organizations=["WHO"]), user="ana")
    news = stats(registry, "AZE", 2021, by="news")
    assert [(r.key, r.count) for r in news.rows] == [("2021/readout", 1)]
    aid = {r.key: r for r in stats(registry, "AZE", None, by="aid").rows}
    assert (aid["countries"].count, aid["countries"].records) == (1, ["IDN"])
    assert aid["organizations"].records == ["WHO"] and aid["years"].records == [2020, 2020]
    with pytest.raises(UsageError, match="--issuer"):
        stats(registry, None, 2021, by="news")
