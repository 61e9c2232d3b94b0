"""After a meeting of our minister with several counterparts at one table, "one-to-one
meetings with the three ministers" (or "separate talks with the three foreign
ministers") names those counterparts again by their number, ours not counted: a
meeting with each of them. The number counting us too ("the four ministers signed")
still names the whole table; a number that fits neither names no one (sentences of our
own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Vienna, 12 March 2025\n\n"
_TABLE = ("Foreign Minister Lena Hof took part in a meeting with the foreign ministers of "
          "Czechia, Hungary, Austria and Slovakia in Bratislava. ")
_EACH = [("meeting", ("AUT",), (c,), "2025-03-12") for c in ("CZE", "HUN", "SVK")]
_ALL = ("meeting", ("AUT",), ("CZE", "HUN", "SVK"), "2025-03-12")


def _meetings(text: str) -> list[tuple]:
    return records(_HEAD + _TABLE + text, "AUT", {"meeting"})


@pytest.mark.parametrize("text", [
    "Later Hof held one-to-one talks with the three foreign ministers.",
    "Hof also held separate talks with the three ministers.",
    "Afterwards she held one-on-one meetings with the three ministers.",
    "Hof then met each of the three ministers one-to-one.",
])
def test_each_of_the_others_is_met(text: str) -> None:
    assert _meetings(text) == sorted([_ALL, *_EACH])


def test_a_number_that_fits_no_table_names_no_one() -> None:
    assert _meetings("She later had separate meetings with the five ministers.") == [_ALL]


def test_the_number_counting_us_is_the_table() -> None:
    assert records(_HEAD + _TABLE + "The four ministers signed a joint declaration.", "AUT",
                   {"agreement"}) == [("agreement", ("AUT",), ("CZE", "HUN", "SVK"),
                                       "2025-03-12")]
