"""Someone who "is in" a place "on a visit": the place is the host, and an
organisation's official told before is the visitor (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,visit", [
    ("The Minister is in Paris on an official visit.", (("GEO",), ("FRA",))),
    ("The President of Ghana is in Tbilisi on a state visit.", (("GHA",), ("GEO",))),
    ("The Minister, who was in Paris for a working visit, met the Foreign Minister of France "
     "today.", (("GEO",), ("FRA",))),
    ("This week the Foreign Minister of Ghana is currently in Georgia on a three-day visit.",
     (("GHA",), ("GEO",))),
])
def test_the_place_someone_is_in_on_a_visit_is_the_host(ex, text, visit):
    recs = ex(text, issuer="GEO", date="2024-03-06", types={"visit"})
    assert [(f, to) for _t, f, to, _d in recs] == [visit]


@pytest.mark.parametrize("lead", [
    "The Minister received the Secretary-General of ASEAN today.",
    "Today the Minister held talks with the Secretary General of ASEAN in Putrajaya.",
])
def test_an_organisation_s_official_told_before_is_the_one_on_the_visit(lead):
    from communique.extract import extract_text
    text = lead + " The Secretary-General is in Malaysia on a working visit from 9 to 11 January."
    recs = [r for r in extract_text(text, issuer="MYS", date="2024-01-10").records
            if r.type == "visit"]
    assert [(r.from_, r.to, r.organizations, r.date.start, r.date.end) for r in recs] == [
        ([], ["MYS"], ["ASEAN"], "2024-01-09", "2024-01-11")]


def test_an_unknown_organisation_s_official_takes_no_country_from_before(ex):
    text = ("The Minister received the Ambassador of Japan today. The Secretary-General is in "
            "Malaysia on a working visit.")
    assert ex(text, issuer="MYS", date="2024-01-10", types={"visit"}) == []


def test_a_place_named_after_the_visit_is_still_the_host(ex):
    recs = ex("The Minister was on an official visit in Paris today.", issuer="GEO",
              date="2024-03-06", types={"visit"})
    assert [to for _t, _f, to, _d in recs] == [("FRA",)]


def test_the_same_day_after_a_stay_of_several_days_is_the_day_told_before(ex):
    text = ("On 10 January the Minister received the Secretary-General of ASEAN. The "
            "Secretary-General is in Malaysia on a working visit from 9 to 11 January. On the "
            "same day, the Minister also received the High Commissioner of Canada.")
    recs = ex(text, issuer="MYS", date="2024-01-12", types={"meeting"})
    assert [(to, d) for _t, _f, to, d in recs] == [((), "2024-01-10"), (("CAN",), "2024-01-10")]
