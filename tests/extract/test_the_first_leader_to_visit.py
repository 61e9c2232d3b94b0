"""A trip told as a first of its kind. In apposition to a past event ("held a summit on
9 April as the first Nordic leader to visit Chile under its new President", ", becoming
the first minister to travel to Chile this year") it is a visit of the subject, on the
event's day. Told after the visit itself ("the Prime Minister's visit to Chile in late
May. She was the first foreign leader to visit Chile after its elections") it names
that visit again: no second visit. Not a hope or a plan ("hopes to be remembered as the
first leader to visit Peru") (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Oslo, 3 May 2025\n\n"


def _core(text: str) -> list[tuple]:
    return records(_HEAD + text, "NOR", {"visit", "meeting"})


@pytest.mark.parametrize("text, day", [
    ("Prime Minister Berg held a bilateral summit with Chile's President Soto on 9 April "
     "as the first Nordic leader to visit Chile under his presidency.", "2025-04-09"),
    ("Prime Minister Berg held talks with President Soto on April 16, becoming the first "
     "foreign leader to visit Chile this year.", "2025-04-16"),
    ("In March the Prime Minister met President Soto in Santiago as the first European "
     "leader to travel to Chile since the inauguration.", "2025-03"),
    ("On 2 April the Prime Minister held a summit with President Soto as the first head "
     "of government to visit Chile under the new administration.", "2025-04-02"),
])
def test_the_first_to_visit_beside_a_meeting_is_a_visit(text: str, day: str) -> None:
    assert _core(text) == [("meeting", ("NOR",), ("CHL",), day),
                           ("visit", ("NOR",), ("CHL",), day)]


@pytest.mark.parametrize("second", [
    "Ms Berg was the first foreign leader to visit Chile after its elections.",
    "She was the first head of government to travel to Chile since the inauguration.",
    "Ms Berg thus became the first European leader to visit Chile under its new President.",
    "The Prime Minister was the first foreign leader to set foot in Chile after the "
    "floods.",
])
def test_the_first_to_visit_after_the_visit_is_that_visit(second: str) -> None:
    text = ("In 2023, Norwegian leaders made a number of trips abroad, most notably the "
            "Prime Minister's visit to Chile in late May. " + second)
    assert records(text, "NOR", {"visit"}, date="2023") == [
        ("visit", ("NOR",), ("CHL",), "2023-05")]


@pytest.mark.parametrize("text", [
    "Prime Minister Berg hopes to be remembered as the first leader to visit Peru.",
    "Prime Minister Berg will go to Lima as the first foreign leader to visit Peru under "
    "its new president.",
])
def test_a_first_hoped_or_planned_is_no_visit_told(text: str) -> None:
    assert _core(text) == []


def test_another_visit_of_other_sides_stays() -> None:
    text = ("In 2023, Norwegian leaders made a number of trips abroad, most notably the "
            "Prime Minister's visit to Chile in late May. The King was the first European "
            "monarch to visit Peru after its elections.")
    assert records(text, "NOR", {"visit"}, date="2023") == [
        ("visit", ("NOR",), ("CHL",), "2023-05"), ("visit", ("NOR",), ("PER",), "2023")]
