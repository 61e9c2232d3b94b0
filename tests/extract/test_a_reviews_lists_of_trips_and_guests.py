"""How a year-end review lists trips and guests (texts of our own):

- trips in the plural ("the Minister's trips to A in May and to B in November");
- visits told by their level, then where they went ("Visits at the level of deputy
  ministers took place to A and B");
- the year's guests ("Among the foreign guests were the Presidents of A and B",
  "Foreign visitors to X this year included ...");
- colleagues welcomed, each with a month in brackets: one meeting and one visit each,
  on its own month."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records

REVIEW = "Foreign policy results of 2023\n\n"


@pytest.mark.parametrize("text, expected", [
    ("The highlights included the Minister's trips to Japan in May and to India in "
     "November.", [event("visit", "CZE", "JPN", "2023-05"),
                   event("visit", "CZE", "IND", "2023-11")]),
    ("Visits at the level of deputy ministers took place to Brazil and Chile.",
     [event("visit", "CZE", "BRA", "2023"), event("visit", "CZE", "CHL", "2023")]),
    ("A visit at state secretary level was made to Ghana in March.",
     [event("visit", "CZE", "GHA", "2023-03")]),
])
def test_trips_of_the_year(text: str, expected: list[tuple]) -> None:
    assert records(REVIEW + text, "CZE", CORE, date="2023-12-28") == sorted(expected)


@pytest.mark.parametrize("text, guests", [
    ("Among the foreign guests were the Presidents of Latvia and Slovenia and the Prime "
     "Minister of Greece.", ["LVA", "SVN", "GRC"]),
    ("Foreign visitors to Czechia this year included the Prime Minister of Croatia and "
     "the Foreign Minister of Chile.", ["HRV", "CHL"]),
    ("Distinguished guests included the King of Jordan.", ["JOR"]),
])
def test_the_years_guests_visited(text: str, guests: list[str]) -> None:
    assert records(REVIEW + text, "CZE", CORE, date="2023-12-28") == sorted(
        event("visit", g, "CZE", "2023") for g in guests)


def test_guests_of_a_dinner_are_no_visitors() -> None:
    assert records(REVIEW + "Among the guests at the dinner were students and artists.",
                   "CZE", CORE, date="2023-12-28") == []


def test_colleagues_welcomed_each_in_a_month() -> None:
    got = records(REVIEW + "The Minister also welcomed in Prague his colleagues from "
                  "Ireland (January), Cyprus (May) and Malta (July).",
                  "CZE", CORE, date="2023-12-28")
    assert got == sorted([event("meeting", "CZE", "IRL", "2023-01"),
                          event("meeting", "CZE", "CYP", "2023-05"),
                          event("meeting", "CZE", "MLT", "2023-07"),
                          event("visit", "IRL", "CZE", "2023-01"),
                          event("visit", "CYP", "CZE", "2023-05"),
                          event("visit", "MLT", "CZE", "2023-07")])
