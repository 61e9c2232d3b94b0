"""A trip told with the talks it was made for in one sentence that names no time
("arrived in Santiago to meet her counterpart", "visited Chile, where she met"), on a
page with its year alone: when the visit takes its day from the events told after it
("The two ministers signed a memorandum on 15 March"), the talks of its sentence take
that day too. Talks with another side, or a sentence with its own month, keep their
date (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Lima, 2025\n\n"
_AFTER = " The two ministers signed a memorandum on fisheries on 15 March in Santiago."


def _core(text: str) -> list[tuple]:
    return records(_HEAD + text, "PER", {"visit", "meeting"})


@pytest.mark.parametrize("lead", [
    "Foreign Minister Ana Ruiz arrived in Santiago to meet her Chilean counterpart Pablo "
    "Soto and go over the bilateral agenda.",
    "Foreign Minister Ana Ruiz travelled to Santiago to meet with Chilean Foreign Minister "
    "Pablo Soto.",
    "Foreign Minister Ana Ruiz visited Chile, where she met her counterpart Pablo Soto.",
    "Foreign Minister Ana Ruiz flew to Santiago to see her Chilean colleague Pablo Soto.",
])
def test_the_talks_take_the_day_of_the_trip(lead: str) -> None:
    assert _core(lead + _AFTER) == [("meeting", ("PER",), ("CHL",), "2025-03-15"),
                                    ("visit", ("PER",), ("CHL",), "2025-03-15")]


def test_a_sentence_with_its_own_month_keeps_it() -> None:
    lead = "Foreign Minister Ana Ruiz visited Chile in March, where she met her counterpart."
    assert _core(lead + _AFTER) == [("meeting", ("PER",), ("CHL",), "2025-03"),
                                    ("visit", ("PER",), ("CHL",), "2025-03-15")]


def test_talks_with_another_side_keep_their_date() -> None:
    lead = ("Foreign Minister Ana Ruiz arrived in Santiago, where she also met Argentine "
            "Foreign Minister Luis Paz.")
    got = _core(lead + _AFTER)
    assert ("meeting", ("PER",), ("ARG",), "2025") in got
