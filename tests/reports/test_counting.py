"""The counting rules, one test per rule (pure: no database)."""

from __future__ import annotations

import pytest

from communique.reports import counting


def test_rules_are_versioned_and_documented():
    assert counting.COUNTING_RULES_VERSION == "2"
    doc = counting.__doc__ or ""
    for n in range(1, 16):
        assert f"\n{n}. " in doc or f"\n{n:>2}. " in doc, n


def test_rejected_never_counted_and_candidates_only_when_asked(rec, item):
    events = [item(rec(1, "meeting", "2021", "AZE", "HUN")),
              item(rec(2, "meeting", "2021", "AZE", "POL"), "candidate"),
              item(rec(3, "meeting", "2021", "AZE", "BGR"), "rejected")]
    assert counting.count(counting.scope(events, "AZE", 2021)).value == 1
    both = counting.scope(events, "AZE", 2021, include_candidates=True)
    assert [i.key for i in both] == ["ev-1", "ev-2"]


def test_scope_keeps_the_issuers_events_of_the_year(year_2021):
    keys = {i.key for i in counting.scope(year_2021, "AZE", 2021)}
    assert "ev-20" not in keys  # 2020
    assert {"ev-1", "ev-19", "ev-15"} <= keys
    assert not counting.scope(year_2021, "AZE", 2019)


def test_visit_with_talks_counts_once_as_visit_and_once_as_meeting(rec):
    events = [rec(1, "visit", "2021-03-12", "HUN", "AZE"),
              rec(2, "meeting", "2021-03-12", "AZE", "HUN")]
    assert counting.count(events, "visit").value == 1
    assert counting.count(events, "meeting").value == 1
    assert counting.count(events).value == 2


def test_multilateral_meeting_with_five_counterparts_is_one_meeting_five_contacts(rec):
    events = [rec(1, "meeting", "2021-05-05", "AZE", "TUR,PAK,GEO,UKR,KAZ")]
    assert counting.count(events, "meeting").value == 1
    assert counting.partner_contacts(events, "AZE").value == 5
    assert len(counting.by_country(events, "AZE")) == 5


def test_visits_received_and_paid_by_direction(year_2021):
    received = counting.visits(year_2021, "AZE", "received")
    paid = counting.visits(year_2021, "AZE", "paid")
    assert sorted(received.refs) == [1, 3, 5, 6, 19]  # ev-19: an organisation's visit
    assert paid.refs == [7]


def test_level_comes_from_the_persons_roles(year_2021):
    fms = counting.visit_countries(year_2021, "AZE", "received", level="foreign_minister")
    heads = counting.visit_countries(year_2021, "AZE", "received", level="heads")
    unknown = counting.visit_countries(year_2021, "AZE", "received", level="unknown")
    assert [t.key for t in fms] == ["SRB", "HUN"]  # in date order: "2021" first
    assert [t.key for t in heads] == ["TUR"]
    assert [t.key for t in unknown] == ["BLR"]  # no person recorded: never guessed
    own = counting.visit_countries(year_2021, "AZE", "paid", level="foreign_minister")
    assert [t.key for t in own] == ["PAK"]


def test_highest_role_wins(rec):
    r = rec(1, "visit", "2021", "QAT", "AZE", persons=((None, "foreign_minister", "QAT"),
                                                       (None, "head_of_state", "QAT")))
    assert counting.level_of(r, "QAT") == "heads"
    assert counting.level_of(r, "AZE") == "unknown"


def test_agreements_count_per_counterpart_or_the_stated_quantity(rec):
    events = [rec(1, "agreement", "2021", "AZE", "UKR"),
              rec(2, "agreement", "2021", "AZE", "TUR,PAK"),
              rec(3, "agreement", "2021", "AZE", "MNG", quantity=(3, "exactly", "documents")),
              rec(4, "agreement", "2021", "AZE", "", orgs="OTS")]
    assert counting.agreements(events, "AZE").value == 1 + 2 + 3 + 1
    assert counting.count(events, "agreement").value == 4  # signing occasions


def test_figures_are_never_summed_into_event_counts(rec):
    events = [rec(1, "figure", "2021", "AZE", "", quantity=(80, "more_than", "meetings")),
              rec(2, "meeting", "2021", "AZE", "HUN"),
              rec(3, "outreach", "2021", "AZE", "", quantity=(40, "exactly", "students"))]
    assert counting.count(events).value == 2
    assert counting.count(events, "meeting").value == 1
    assert [t.key for t in counting.by_type(events)] == ["meeting", "outreach"]
    assert [i.key for i in counting.stated_figures(events)] == ["ev-1", "ev-3"]


def test_region_and_organisation_count_once_per_event(rec):
    events = [rec(1, "meeting", "2021", "AZE", "HUN,POL"),
              rec(2, "multilateral", "2021", "AZE", "", orgs="UNGA,UNHRC")]
    regions = {t.key: t.value for t in counting.by_region(events, "AZE")}
    assert regions == {"Europe": 1}
    orgs = {t.key: t.value for t in counting.by_org(events)}
    assert orgs == {"UN": 1}
    assert {t.key for t in counting.by_org(events, roll_up=False)} == {"UNGA", "UNHRC"}


def test_months_put_year_only_events_apart(year_2021):
    months = {t.key: t.value for t in counting.by_month(year_2021)}
    assert months["2021-03"] == 2
    assert months["2021 (year only)"] == 7
    assert "2021-06" in months


def test_dyads_of_a_trilateral_meeting_are_three(rec):
    r = rec(1, "meeting", "2021-01-11", "AZE", "ARM,RUS")
    assert counting.dyads_of(r) == [("ARM", "AZE"), ("ARM", "RUS"), ("AZE", "RUS")]


def test_dyad_year_rows_count_by_type(year_2021):
    rows = counting.dyad_year_rows(year_2021)
    row = next(r for r in rows if (r["year"], r["country_a"], r["country_b"])
               == (2021, "AZE", "TUR"))
    assert (row["visit"], row["agreement"], row["meeting"], row["total"]) == (1, 1, 1, 3)
    assert any(r["year"] == 2020 for r in rows)
    only = counting.dyad_year_rows(year_2021, issuer="HUN")
    assert {(r["country_a"], r["country_b"]) for r in only} == {("AZE", "HUN")}


def test_network_edges_weigh_shared_events(year_2021):
    edges = {(e["source"], e["target"]): e for e in counting.network_edges(year_2021)}
    assert edges[("AZE", "TUR")]["weight"] == 3
    assert edges[("PAK", "TUR")]["refs"] == [8]


def test_top_partners_in_order(year_2021):
    top = counting.top_partners(year_2021, "AZE", 2)
    assert [t.key for t in top] == ["TUR", "HUN"]
    assert top[0].refs == [3, 4, 8]


def test_unknown_issuer_is_a_clear_error():
    from communique.errors import UsageError

    with pytest.raises(UsageError, match="unknown country code 'XYZ'"):
        counting.check_issuer("XYZ")
