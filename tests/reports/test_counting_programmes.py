"""Counting rules 11-15: measures, agreements two ways, aid reach, news items, places."""

from __future__ import annotations

from communique.aid import Aid
from communique.model import DateSpan, Place, Quantity, Record
from communique.reports import counting


def _with(record: Record, *measures: Quantity) -> Record:
    record.measures = list(measures)
    return record


def test_measures_are_summed_by_unit_and_type_with_their_exactness(rec):
    events = [
        _with(rec(1, "outreach", "2021-02", "AZE"), Quantity(40, "exactly", "students"),
              Quantity(37, "exactly", "countries")),
        _with(rec(2, "outreach", "2021-05", "AZE"), Quantity(15, "exactly", "students")),
        _with(rec(3, "multilateral", "2021-10", "AZE"), Quantity(100, "more_than", "students")),
        _with(rec(4, "aid", "2021-03", "AZE", "IDN"), Quantity(2000000, "about", "USD")),
        _with(rec(5, "aid", "2021-04", "AZE", "HRV"), Quantity(500000, "exactly", "EUR")),
    ]
    by_type = {(s.unit, s.type): s for s in counting.measure_sums(events)}
    assert by_type[("students", "outreach")].value == 55
    assert by_type[("students", "outreach")].qualifier == "exactly"
    assert by_type[("students", "outreach")].refs == [1, 2]
    overall = {s.unit: s for s in counting.measure_sums(events, by_type=False)}
    assert (overall["students"].value, overall["students"].qualifier) == (155, "more_than")
    assert overall["USD"].value == 2000000 and overall["EUR"].value == 500000


def test_exactness_of_a_sum():
    assert counting.combine_qualifiers(["exactly", "exactly"]) == "exactly"
    assert counting.combine_qualifiers(["exactly", "at_least"]) == "at_least"
    assert counting.combine_qualifiers(["more_than", "at_least"]) == "more_than"
    assert counting.combine_qualifiers(["less_than", "exactly"]) == "less_than"
    assert counting.combine_qualifiers(["more_than", "less_than"]) == "about"


def test_agreements_count_as_documents_and_as_signing_occasions(rec):
    events = [
        rec(1, "agreement", "2021-03-02", "AZE", "GEO", title="Customs"),
        rec(2, "agreement", "2021-03-02", "AZE", "GEO", title="Culture"),
        rec(3, "agreement", "2021-06-15", "AZE", "TUR",
            quantity=(5, "exactly", "documents")),
        rec(4, "agreement", "2021-09-01", "AZE", "UZB,KAZ"),
    ]
    counts = counting.agreement_counts(events, "AZE")
    assert counts["documents"].value == 1 + 1 + 5 + 1
    assert counts["occasions"].value == 3
    assert counts["counterparts"].value == 1 + 1 + 5 + 2
    assert counts["occasions"].refs == [1, 2, 3, 4]


def test_aid_reach_spans_the_period_asked(rec):
    events = [
        rec(1, "aid", "2019-05", "AZE", "IDN"),
        rec(2, "aid", "2021-02", "AZE", "HRV", orgs="WHO"),
        rec(3, "aid", "2021-03", "TUR", "SYR"),  # another giver
        rec(4, "aid", "2022-01", "", "VCT"),  # giver not named: the issuer's document
    ]
    acts = [Aid(id=7, title="Grant", donor="AZE", recipients=["AFG", "UNICEF"],
                date=DateSpan("2020-06"))]
    so_far = counting.aid_recipients(events, "AZE", activities=acts, to_year=2021)
    assert so_far.countries == ["AFG", "HRV", "IDN"]
    assert so_far.organizations == ["UNICEF", "WHO"]
    assert so_far.years == (2019, 2021) and so_far.activities == [7]
    one_year = counting.aid_recipients(events, "AZE", activities=acts, from_year=2022,
                                       to_year=2022)
    assert one_year.countries == ["VCT"] and one_year.events == [4]


def test_news_kind_reads_the_title_and_opening():
    assert counting.news_kind("interview-minister.txt", "The minister gave an interview") == \
        "interview"
    assert counting.news_kind("n1.txt", "Minister X met with the Ambassador of Y") == "readout"
    assert counting.news_kind("n2.txt", "The embassy opened a photo library") == "news"


def test_outreach_places_are_distinct_cities(rec):
    a = rec(1, "outreach", "2021-02", "AZE", city="Geneva")
    b = rec(2, "outreach", "2021-03", "AZE", city="Geneva")
    c = rec(3, "outreach", "2021-04", "AZE")
    c.place = Place("AUT", None)
    d = rec(4, "outreach", "2021-05", "AZE")
    places = counting.outreach_places([a, b, c, d])
    assert [(t.key, t.value) for t in places] == [("Geneva", 2), ("AUT", 1)]


def test_the_review_counts_documents_and_names_the_signing_occasions(rec):
    from communique.reports.render import render_text
    from communique.reports.review import build_review

    events = [rec(1, "agreement", "2021-03-02", "AZE", "GEO", title="Customs"),
              rec(2, "agreement", "2021-03-02", "AZE", "GEO", title="Culture"),
              rec(3, "agreement", "2021-06-15", "AZE", "TUR")]
    md = render_text(build_review(events, "AZE", 2021), "md")
    assert "In 2021, 3 international agreements were signed, with 2 countries" in md
    assert "on 2 signing occasions" in md


def test_a_figure_repeating_an_events_measure_is_counted_once(rec, item):
    from communique.reports.check import check_text

    election = _with(rec(1, "election", "2021-11-17", "AZE", orgs="UNESCO"),
                     Quantity(143, "exactly", "votes"))
    figure = rec(2, "figure", "2021-11-17", "AZE", quantity=(143, "exactly", "votes"))
    findings = check_text("On 17 November 2021 our country gained 143 votes at UNESCO.",
                          [item(election), item(figure)], issuer="AZE", year=2021)
    (finding,) = [f for f in findings if "143" in f.claim]
    assert finding.verdict == "agrees", finding.reason
