"""A sentence that tallies the occasion just told ("It was her fifth visit to Peru
and her ninth meeting with President A since 2018") is about that occasion: the
year after "since" opens the span counted and dates nothing; the visit is the one
told, a meeting counted was held on it (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "In March, the President paid a state visit to Peru. It was her fifth visit to Peru "
    "and her ninth meeting with President Lopez since she took office in 2018.",
    "In March, President Holm travelled to Peru. This was Holm's fifth visit to Peru and "
    "her ninth meeting with President Lopez since 2018.",
    "In March, the President paid a state visit to Peru. The visit was her 5th trip to "
    "Peru and her 9th meeting with the Peruvian President since 2018.",
    "In March, the President paid a state visit to Peru. It marked the fifth visit of the "
    "President to Peru and her ninth meeting with President Lopez since 2018.",
])
def test_the_tally_is_the_occasion_told(ex, text):
    assert ex(text, issuer="SWE", date="2023-06-30", types=["visit", "meeting"]) == [
        ("meeting", ("SWE",), ("PER",), "2023-03"), ("visit", ("SWE",), ("PER",), "2023-03")]


def test_a_tally_of_the_visit_alone(ex):
    text = ("In March, the President paid a state visit to Peru. It was her fifth visit to "
            "Peru since 2018.")
    assert ex(text, issuer="SWE", date="2023-06-30") == [
        ("visit", ("SWE",), ("PER",), "2023-03")]


def test_a_visit_since_a_year_untallied_keeps_its_own_date(ex):
    text = ("In March, the President paid a state visit to Peru. Chile has hosted her "
            "Foreign Minister twice since 2018.")
    assert ("visit", ("SWE",), ("PER",), "2023-03") in ex(text, issuer="SWE",
                                                         date="2023-06-30")


def test_a_review_tally_names_no_second_visit(ex):
    text = ("In the first half of the year the President kept a busy schedule. In June, "
            "she paid a state visit to Peru. It was her fifth visit to Peru and her ninth "
            "meeting with President Lopez since 2018.")
    assert ex(text, issuer="SWE", date="2023-08-12", types=["visit", "meeting"]) == [
        ("meeting", ("SWE",), ("PER",), "2023-06"), ("visit", ("SWE",), ("PER",), "2023-06")]
