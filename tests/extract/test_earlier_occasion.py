"""An event whose side is told in an earlier sentence: "on that occasion",
"during the visit", a standing body named again ("the previous session of the
Joint Commission"); people met who are no officials take no side from the
context (sentences of our own)."""

from __future__ import annotations

import pytest

REVIEW = "Review of 2024\n\nIn March the Minister met his Indian counterpart. "


@pytest.mark.parametrize("text", [
    "The President of Iran paid a state visit on 24 April. Five memoranda of understanding "
    "were exchanged on that occasion.",
    "The President of Iran paid a state visit on 24 April. Three agreements were signed "
    "during the visit.",
    "On 24 April the President of Iran came on a state visit. In the course of the visit the "
    "two governments signed four agreements.",
    "The President of Iran paid a state visit on 24 April. At the end of the visit, two "
    "memoranda were signed.",
])
def test_a_signing_on_the_occasion_told_before_is_with_its_side_and_on_its_day(ex, text):
    recs = ex(REVIEW + text, issuer="LKA", date="2024", types={"agreement"})
    assert recs == [("agreement", ("LKA",), ("IRN",), "2024-04-24")]


def test_a_signing_that_names_no_occasion_in_a_review_takes_no_side(ex):
    text = REVIEW + ("The President of Iran paid a state visit on 24 April. In the year, "
                     "the Ministry signed five memoranda of understanding.")
    assert ex(text, issuer="LKA", date="2024", types={"agreement"}) == []


@pytest.mark.parametrize("text,year", [
    ("The previous session of the Joint Commission had taken place in Abuja in 2019.", "2019"),
    ("The last meeting of the Joint Commission had been held in Abuja in 2021.", "2021"),
])
def test_a_standing_body_named_again_is_the_one_before(ex, text, year):
    lead = ("The 7th session of the India-Nigeria Joint Commission was held in New Delhi on "
            "12 November, co-chaired by the two Foreign Ministers. ")
    recs = ex(lead + text, issuer="IND", date="2024-11-13", types={"commission"})
    assert sorted(recs, key=lambda r: r[3] != year) == [
        ("commission", ("IND",), ("NGA",), year),
        ("commission", ("IND",), ("NGA",), "2024-11-12")]


def test_a_body_named_without_a_side_or_a_reference_takes_none(ex):
    text = ("The 7th session of the India-Nigeria Joint Commission was held in New Delhi on "
            "12 November. A joint commission with another partner is being set up.")
    recs = ex(text, issuer="IND", date="2024-11-13", types={"commission"})
    assert recs == [("commission", ("IND",), ("NGA",), "2024-11-12")]


@pytest.mark.parametrize("text", [
    "He later met with the Spanish community resident in the country.",
    "In the evening he met members of the diaspora.",
    "He then met with our compatriots living in Lima.",
])
def test_people_met_who_are_no_officials_are_no_meeting_with_the_side_before(ex, text):
    lead = "On 20 May the Minister met his Peruvian counterpart in Lima. "
    recs = ex(lead + text, issuer="ESP", date="2024-05-24", types={"meeting"})
    assert recs == [("meeting", ("ESP",), ("PER",), "2024-05-20")]


def test_officials_met_after_the_side_before_are_still_met(ex):
    text = ("On 20 May the Minister met his Peruvian counterpart in Lima. He later met with "
            "the President of the Congress.")
    recs = ex(text, issuer="ESP", date="2024-05-24", types={"meeting"})
    assert [to for _t, _f, to, _d in recs] == [("PER",), ("PER",)]
