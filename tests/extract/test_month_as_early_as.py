"""A month after "as early as", "as late as" or "throughout" is the event's time, as
after "in"; "such as May" is no date."""

from __future__ import annotations

import pytest

from communique.extract._dates import find_dates
from tests.extract.probe_support import CORE, records


@pytest.mark.parametrize("text, month", [
    ("Our calendar opened as early as February, when King Abdullah of Jordan came.", 2),
    ("As late as December, the Minister visited Japan.", 12),
    ("Throughout March the Minister held consultations with Chile.", 3),
    ("The first visit came as early as January, when the Minister travelled to Oman.", 1),
])
def test_month_after_as_early_as(text: str, month: int) -> None:
    assert [d.m1 for d in find_dates(text)] == [month]


def test_visit_dated_as_early_as() -> None:
    got = records("Review of 2017\n\nOur calendar opened as early as February, when Jordan's "
                  "King Abdullah paid a visit.", "MYS", CORE, date="2017")
    assert ("visit", ("JOR",), ("MYS",), "2017-02") in got, got


def test_such_as_may_is_no_date() -> None:
    assert find_dates("partners such as May and others") == []


@pytest.mark.parametrize("text", [
    "Our calendar this year opened as early as February, when Jordan's King Abdullah paid "
    "a visit.",
    "This year, the state visit by Jordan's King Abdullah came in February.",
    "In February this year Jordan's King Abdullah paid a visit to Malaysia.",
])
def test_year_said_in_passing_yields_to_the_month(text: str) -> None:
    got = records("Review of 2017\n\n" + text, "MYS", CORE, date="2017")
    assert ("visit", ("JOR",), ("MYS",), "2017-02") in got, got


def test_a_year_of_its_own_stays() -> None:
    got = records("Review of 2017\n\nThe Minister visited Oman in 2015 and Qatar in March.",
                  "MYS", CORE, date="2017")
    assert ("visit", ("MYS",), ("OMN",), "2015") in got, got
