"""The next place of a journey told by a gerund after "before", "after" or "then"
("visited Kenya before moving on to Tanzania", "Before heading to Chile, the Minister
visited Peru", "in Lima before proceeding to La Paz", "before travelling on to Kampala"):
a visit there too, not a partner of the meeting before it, nor a visit when the step is
still planned; the subject after a fronted gerund's comma is no apposition (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("text", "hosts"), [
    ("The Minister flew to Peru before heading to Chile.", {"PER", "CHL"}),
    ("The Minister was in Peru on Monday before going on to Chile.", {"PER", "CHL"}),
    ("Before heading to Chile, the Minister visited Peru.", {"PER", "CHL"}),
    ("The President held talks in Lima with President Boluarte before proceeding to La Paz.",
     {"BOL"}),
    ("The Foreign Secretary visited Kenya this week before moving on to Tanzania.",
     {"KEN", "TZA"}),
])
def test_each_place_of_the_journey(text: str, hosts: set[str]) -> None:
    recs = extract_text(text, issuer="GBR", date="2024-05-10").records
    assert {c for r in recs if r.type == "visit" for c in r.to} == hosts


@pytest.mark.parametrize(("text", "visit", "met"), [
    # "travelling on to" is such a step: the place a visit, not a partner of the meeting
    # before it (it was read as a second meeting)
    ("The Foreign Minister of Japan held talks with the Kenyan Cabinet Secretary in Nairobi "
     "on 3 May, before travelling on to Uganda.", ("JPN", "UGA"), {"KEN"}),
    ("The Foreign Secretary met the President of Ghana on Monday before traveling on to "
     "Togo.", ("GBR", "TGO"), {"GHA"}),
    ("After talks with the Prime Minister of Fiji, the Minister spoke to the press before "
     "travelling onwards to Samoa.", ("GBR", "WSM"), {"FJI"}),
])
def test_travelling_on_is_the_next_place(text: str, visit: tuple, met: set[str]) -> None:
    recs = extract_text(text, issuer="GBR", date="2024-05-10").records
    assert [(r.from_[0], r.to[0]) for r in recs if r.type == "visit"] == [visit]
    assert {c for r in recs if r.type == "meeting" for c in r.to} == met


@pytest.mark.parametrize("text", [
    "The Special Envoy is also to meet the Minister in Nairobi before travelling on to "
    "Kampala.",
    "The Minister will meet the President of Ghana before travelling on to Togo.",
])
def test_a_step_still_planned_is_none(text: str) -> None:
    recs = extract_text(text, issuer="GBR", date="2024-05-10").records
    assert [r for r in recs if r.type == "visit"] == []
