"""A page's title on the first line, run into the lead with a single line break (no
blank line between them): the line is still the text's title, so a visit it tells that
the body never tells again is kept (the body's talks take place on that visit), as it
is under a title set off by a blank line. A body that tells the visit itself keeps its
own record only, and a first line that is a dateline is no title (sentences of our
own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_CORE = {"visit", "meeting"}


def _core(text: str) -> list[tuple]:
    return records(text, "PRT", _CORE, date="2025-03-12")


@pytest.mark.parametrize("text, visit, talks", [
    ("Chilean Foreign Minister visits Lisbon\nForeign Minister Rui Costa met his Chilean "
     "counterpart Ana Soto in Lisbon on Tuesday. The talks covered trade and fisheries.",
     ("visit", ("CHL",), ("PRT",), "2025-03-11"),
     ("meeting", ("PRT",), ("CHL",), "2025-03-11")),
    ("Visit of the Kenyan Foreign Minister to Portugal\nForeign Minister Rui Costa received "
     "the Foreign Minister of Kenya, Peter Njoroge, on Tuesday. They discussed maritime "
     "security.",
     ("visit", ("KEN",), ("PRT",), "2025-03-11"),
     ("meeting", ("PRT",), ("KEN",), "2025-03-11")),
    ("Foreign Minister Costa travels to Hanoi\nForeign Minister Rui Costa held talks with his "
     "Vietnamese counterpart on Tuesday about trade and education.",
     ("visit", ("PRT",), ("VNM",), "2025-03-11"),
     ("meeting", ("PRT",), ("VNM",), "2025-03-11")),
    ("Minister Costa on working visit to Norway\nOn Tuesday, Foreign Minister Rui Costa held "
     "talks with the Norwegian Foreign Minister, Ola Berg, on energy cooperation.",
     ("visit", ("PRT",), ("NOR",), "2025-03-11"),
     ("meeting", ("PRT",), ("NOR",), "2025-03-11")),
])
def test_the_title_line_keeps_the_visit_the_body_does_not_tell(text: str, visit: tuple,
                                                               talks: tuple) -> None:
    assert _core(text) == sorted([visit, talks])


def test_a_body_that_tells_the_visit_keeps_its_own() -> None:
    text = ("Chilean Foreign Minister visits Lisbon\nThe Chilean Foreign Minister, Ana Soto, "
            "paid an official visit to Lisbon on Tuesday. She met Foreign Minister Rui Costa.")
    assert _core(text) == [("meeting", ("PRT",), ("CHL",), "2025-03-11"),
                           ("visit", ("CHL",), ("PRT",), "2025-03-11")]


def test_a_dateline_on_the_first_line_is_no_title() -> None:
    text = ("Lisbon, Tuesday 11 March 2025\nForeign Minister Rui Costa met his Chilean "
            "counterpart Ana Soto in Lisbon. The talks covered trade.")
    assert _core(text) == [("meeting", ("PRT",), ("CHL",), "2025-03-11")]
