"""The review model: sections in a ministry's order, every event stated, numbers traced."""

from __future__ import annotations

import pytest

from communique.errors import UsageError
from communique.reports import counting
from communique.reports.review import SECTION_KEYS, build_review


@pytest.fixture
def model(year_2021):
    return build_review(year_2021, "AZE", 2021)


def test_sections_follow_the_ministry_order(model):
    keys = [s.key for s in model.sections]
    assert keys == [k for k in SECTION_KEYS if k in keys]
    assert keys[:4] == ["summary", "neighbours", "regions", "visits"]


def test_every_counted_event_is_in_the_review(model, year_2021):
    scope = counting.scope(year_2021, "AZE", 2021)
    assert {i.ref for i in scope} <= model.stated_ids()
    assert model.events == 18  # 19 in 2021, less one figure
    assert len(model.refs) == 19


def test_neighbours_come_from_the_reference_data(model):
    intro = model.section("neighbours").facts[0]
    assert intro.kind == "neighbours_intro"
    assert set(intro.countries) == {"ARM", "GEO", "IRN", "RUS", "TUR", "KAZ", "TKM"}
    assert intro.data["active"] == ["GEO", "TUR"]
    assert "ARM" in intro.data["quiet"]


def test_visit_summaries_use_the_counting_rules(model):
    facts = [f for f in model.section("visits").facts if f.kind == "visits_level"]
    levels = {(f.data["which"], f.role): f.countries for f in facts}
    assert levels[("received", "foreign_minister")] == ["HUN", "SRB"]
    assert levels[("received", "heads")] == ["TUR"]
    assert levels[("received", "unknown")] == ["BLR"]
    assert levels[("paid", "foreign_minister")] == ["PAK"]


def test_agreements_total_counts_documents(model):
    (total,) = [f for f in model.section("agreements").facts if f.kind == "agreements_total"]
    assert total.value == 1 + 1 + 3  # TUR, UKR, MNG with 3 documents
    assert total.countries == ["MNG", "TUR", "UKR"]  # alphabetical by name


def test_every_fact_refers_to_numbered_records(model):
    numbers = {r.n for r in model.refs}
    for section in model.sections:
        for fact in section.facts:
            assert set(fact.refs) <= numbers
            if fact.items:
                assert fact.refs, fact.kind


def test_trilateral_meeting_is_one_statement(model):
    multi = [f for s in model.sections for f in s.facts if f.kind == "meeting_multi"]
    assert len(multi) == 1 and multi[0].countries == ["TUR", "PAK"]


def test_a_year_without_records_says_so(year_2021):
    empty = build_review(year_2021, "AZE", 2018)
    assert empty.empty
    assert [f.kind for s in empty.sections for f in s.facts] == ["empty"]


def test_unknown_issuer_is_refused(year_2021):
    with pytest.raises(UsageError, match="unknown country code"):
        build_review(year_2021, "ZZZ", 2021)


def test_candidates_count_only_when_asked_and_are_marked(rec, item):
    from communique.reports.render import render_text

    events = [item(rec(1, "visit", "2021-03-03", "HUN", "AZE")),
              item(rec(2, "visit", "2021-04-04", "POL", "AZE"), "candidate"),
              item(rec(3, "visit", "2021-05-05", "BGR", "AZE"), "rejected")]
    accepted = build_review(events, "AZE", 2021)
    drafted = build_review(events, "AZE", 2021, include_candidates=True)
    assert (accepted.events, drafted.events) == (1, 2)
    md = render_text(drafted, "md")
    assert "ev-2 (candidate)" in md and "Bulgaria" not in md
    assert "accepted and candidate (unreviewed) records" in md
