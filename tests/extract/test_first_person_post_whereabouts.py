"""A minister's post that says where its author is ("Back in Nairobi.", "Good to be
in Santiago today", "Landed in Canberra this morning"): a visit there on the post's
day, and that country is the side of what the post goes on to tell with no country
of its own ("Arrived this morning", "Also had the honour of meeting President A",
"We signed a memorandum on ...") (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-09-12"


@pytest.mark.parametrize(("text", "partner"), [
    ("Back in Nairobi. Arrived this morning with a group of Georgian companies.", "KEN"),
    ("Good to be in Santiago today. A full programme ahead.", "CHL"),
    ("Landed in Canberra an hour ago, straight from the airport to Parliament House.",
     "AUS"),
    ("Just arrived in Hanoi for two days of meetings. Thank you for the warm welcome!",
     "VNM"),
])
def test_the_place_a_post_says_its_author_is_in_is_a_visit(ex, text, partner):
    assert ex(text, date=_DAY, types=["visit"]) == [("visit", ("GEO",), (partner,), _DAY)]


@pytest.mark.parametrize(("text", "partner"), [
    ("Good to be in Santiago today. Also had the honour of meeting President Elena "
     "Quispe at La Moneda.", "CHL"),
    ("Back in Nairobi. Met Prime Minister John Otieno at his office this afternoon.",
     "KEN"),
])
def test_an_official_met_with_no_country_is_of_the_place_of_the_post(ex, text, partner):
    assert ex(text, date=_DAY, types=["meeting"]) == [("meeting", ("GEO",), (partner,), _DAY)]


def test_a_first_person_signing_in_the_post_is_with_that_country(ex):
    text = "Landed in Canberra this morning. We signed a memorandum on Georgian wine exports."
    assert ex(text, date=_DAY, types=["agreement"]) == [
        ("agreement", ("GEO",), ("AUS",), _DAY)]


@pytest.mark.parametrize("text", [
    # home again: no visit, and an official met there is not a foreign one
    "Back in Tbilisi. Also met President Elena Quispe today.",
    # a year, not a place
    "Back in 2019, the two ministries opened a dialogue on trade.",
    # a third person and a plan
    "The Minister hopes to be back in Nairobi soon.",
    "Hope to be in Santiago next month.",
])
def test_no_visit_or_meeting_abroad_from_home_a_year_or_a_plan(ex, text):
    assert ex(text, date=_DAY, types=["visit", "meeting"]) == []
