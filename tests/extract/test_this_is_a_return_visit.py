"""A visit named again as what the one just told is ("This is a return visit after
the Chilean Foreign Minister came to Vienna in March 2023", "It was a reciprocal
visit"): the subject points back to the visit told, so the noun is no visit of its
own and takes no date from the earlier trip; that earlier trip is still a visit, of
its own visitor. A sentence opened by "This year" tells a visit of its own (sentences
of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Vienna, 12 March 2025\n\n"


def _visits(text: str) -> list[tuple]:
    return records(_HEAD + text, "AUT", {"visit"})


@pytest.mark.parametrize("text, earlier", [
    ("Foreign Minister Lena Hof is on an official visit to Chile. This is a return visit "
     "after the Chilean Foreign Minister came to Vienna in March 2023.", "2023-03"),
    ("Foreign Minister Lena Hof is on an official visit to Chile. This was a reciprocal "
     "visit after the Chilean minister travelled to Austria in May 2023.", "2023-05"),
    ("Foreign Minister Lena Hof is on an official visit to Chile. It is also a return "
     "visit: the Chilean Foreign Minister visited Vienna in 2023.", "2023"),
    ("Foreign Minister Lena Hof is on an official visit to Chile. It was a reciprocal "
     "visit, since the Chilean Foreign Minister went to Vienna in 2023.", "2023"),
    ("Foreign Minister Lena Hof is in Chile on an official visit. This is a return visit, "
     "two years after the Chilean Foreign Minister visited Austria in March 2023.",
     "2023-03"),
])
def test_the_return_visit_is_the_visit_told(text: str, earlier: str) -> None:
    assert _visits(text) == [("visit", ("AUT",), ("CHL",), "2025-03-12"),
                             ("visit", ("CHL",), ("AUT",), earlier)]


def test_a_visit_told_after_this_year_is_its_own() -> None:
    text = ("Foreign Minister Lena Hof is on an official visit to Chile. This year she also "
            "paid a visit to Peru.")
    assert _visits(text) == [("visit", ("AUT",), ("CHL",), "2025-03-12"),
                             ("visit", ("AUT",), ("PER",), "2025")]
