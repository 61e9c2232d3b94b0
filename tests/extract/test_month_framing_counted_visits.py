"""A sentence that counts the events of one month and tells none of them ("I made a
large number of visits in just May", "During May I paid several visits"):
the month frames the events the next sentences then tell one by one, so they take
that month, not a month told before it (sentences of our own). A month named with no
events counted ("The talks are expected in December") changes nothing."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = ("Lisbon, 20 December 2025\n\nIn November, Portugal hosted the meeting of CPLP "
         "foreign ministers. ")


def _visits(text: str) -> list[tuple]:
    return records(_HEAD + text, "PRT", {"visit"}, date="2025")


@pytest.mark.parametrize("text", [
    "I made a considerable number of visits abroad in just December. I visited Chile and Peru.",
    "Since then I have made several visits in December alone. I travelled to Chile and Peru.",
    "During December I paid a series of visits. I went to Chile and to Peru.",
    "In December I made numerous visits abroad. I visited Chile, and I visited Peru.",
    "The Minister undertook a large number of visits in only December. She went to Chile "
    "and Peru.",
])
def test_the_month_of_the_visits_counted_dates_the_next(text: str) -> None:
    assert _visits(text) == [("visit", ("PRT",), ("CHL",), "2025-12"),
                             ("visit", ("PRT",), ("PER",), "2025-12")]


def test_a_month_named_without_a_count_changes_nothing() -> None:
    text = "The talks are expected in December. I visited Chile and Peru."
    assert _visits(text) == [("visit", ("PRT",), ("CHL",), "2025-11"),
                             ("visit", ("PRT",), ("PER",), "2025-11")]
