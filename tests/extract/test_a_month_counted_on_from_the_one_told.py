"""A month counted on from the one told before ("The following month, he met ...",
"The next month he travelled to Poland", "A month later ...", "Two months later ...",
"The month after, ...") is that month plus the months counted; "The next month" told
from a month before is no plan, while "Next month the Minister travels to Poland" and
other times ahead that open a clause in the present are (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_CORE = {"visit", "meeting", "call"}


@pytest.mark.parametrize("second, month", [
    ("The following month, he met the Foreign Minister of Poland in Warsaw.", "2023-11"),
    ("The next month he travelled to Poland.", "2023-11"),
    ("A month later he paid a visit to Poland.", "2023-11"),
    ("Two months later, the Minister held talks in Warsaw with his Polish counterpart.",
     "2023-12"),
    ("The month after, he spoke by telephone with the Polish Foreign Minister.", "2023-11"),
    ("Three months later he was in Warsaw on a working visit.", "2024-01"),
])
def test_the_month_counted_from_the_one_told(second: str, month: str) -> None:
    got = records("In October, the Minister visited Hungary. " + second, "SVK", _CORE,
                  date="2023")
    assert ("visit", ("SVK",), ("HUN",), "2023-10") in got
    polish = [r for r in got if r[2] == ("POL",)]
    assert polish and all(r[3] == month for r in polish)


@pytest.mark.parametrize("text", [
    "Next month the Minister travels to Poland.",
    "Later this week, the Minister visits Poland.",
    "In the coming days the Minister meets the Polish Foreign Minister in Warsaw.",
    "Next Monday the Minister holds talks with his Polish counterpart.",
    "Bratislava, 5 May 2023. Next week the Minister travels to Poland, where he will meet "
    "the President.",
])
def test_a_time_ahead_opening_a_present_clause_is_a_plan(text: str) -> None:
    assert records(text, "SVK", _CORE, date="2023") == []


@pytest.mark.parametrize("text, expected", [
    ("Last month the Minister travelled to Poland.",
     [("visit", ("SVK",), ("POL",), "2023")]),
    ("The Minister visited Poland in May; the following week he received the Polish "
     "Foreign Minister's letter.", [("visit", ("SVK",), ("POL",), "2023-05")]),
])
def test_a_time_told_as_past_is_no_plan(text: str, expected: list) -> None:
    assert records(text, "SVK", {"visit"}, date="2023") == expected
