"""A text whose opening sentence sums up its own year's events in the plural ("In 2023,
Norwegian leaders made a number of trips abroad", "In 2023 our ministers paid many
visits") looks back on that year: a review, so its "last year" is that year (the
text being written after it), not the year before. A lead that dates one event
("In 2023, the two ministers signed a treaty") or sums up a year other than the text's
is no such look back (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _visits(text: str) -> list[tuple]:
    return records(text, "NOR", {"visit"}, date="2023")


@pytest.mark.parametrize("lead", [
    "In 2023, Norwegian leaders made a number of trips abroad.",
    "In 2023 the Norwegian Prime Minister and ministers paid many official visits.",
    "In the year 2023, our state leaders undertook numerous journeys overseas, most "
    "notably to Asia.",
    "In 2023, Norway's leadership conducted a series of foreign tours and held dozens of "
    "meetings.",
    "In 2023, the leaders of Norway carried out several working trips abroad.",
])
def test_last_year_is_the_year_the_lead_sums_up(lead: str) -> None:
    text = lead + "\nLast year the King visited Peru and Brazil."
    assert _visits(text) == [("visit", ("NOR",), ("BRA",), "2023"),
                             ("visit", ("NOR",), ("PER",), "2023")]


@pytest.mark.parametrize("lead", [
    "In 2023, the Prime Minister signed a fisheries treaty with Iceland.",
    "Norwegian ministers travel a great deal.",
    "In 2021, Norwegian leaders made a number of trips abroad.",
])
def test_a_lead_with_no_look_back_on_the_year_changes_nothing(lead: str) -> None:
    text = lead + "\nLast year the King visited Peru and Brazil."
    assert _visits(text) == [("visit", ("NOR",), ("BRA",), "2022"),
                             ("visit", ("NOR",), ("PER",), "2022")]
