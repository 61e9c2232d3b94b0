"""A weekday told with its day of the month and no month ("on Saturday 15", "on
Saturday the 15th", as Spanish texts word it): the month is the one near the days
the text is known by (its dateline, or the days it names) in which that day falls
on that weekday. A count after the weekday ("on Saturday 12 ministers") is no day,
and a weekday with its month is read as before (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _met(text: str) -> list[tuple]:
    return records(text, "PER", {"meeting"})


@pytest.mark.parametrize("text", [
    # a page with its year alone: the month of the day named elsewhere in the text
    "Lima, 2025\n\nThe Binational Cabinet will sit on Monday 17 March in Arica. The foreign "
    "ministers of Peru and Chile held a bilateral meeting on Saturday 15 in Santiago.",
    "Lima, 2025\n\nThe presidents will open the Binational Cabinet in Arica on Monday 17 "
    "March. On Saturday the 15th, Foreign Minister Ana Ruiz met Chilean Foreign Minister "
    "Pablo Soto in Santiago.",
    "Lima, 2025\n\nForeign Minister Ana Ruiz held talks with her Chilean counterpart Pablo "
    "Soto on Saturday, 15 in Santiago, ahead of the Cabinet of Monday 17 March in Arica.",
    # a dated page: the Saturday the 15th nearest its day (not the last Saturday)
    "Lima, 28 March 2025\n\nForeign Minister Ana Ruiz met her Chilean counterpart Pablo "
    "Soto on Saturday 15 in Santiago.",
    "Lima, 24 March 2025\n\nForeign Minister Ana Ruiz met with Chilean Foreign Minister "
    "Pablo Soto on Saturday 15th, when the two reviewed the border agenda.",
])
def test_the_weekday_finds_its_month(text: str) -> None:
    assert _met(text) == [("meeting", ("PER",), ("CHL",), "2025-03-15")]


def test_a_count_after_the_weekday_is_no_day() -> None:
    text = ("Lima, 19 March 2025\n\nOn Saturday 12 ministers of Peru and Chile met in "
            "Santiago.")
    assert _met(text) == [("meeting", ("PER",), ("CHL",), "2025-03-15")]


def test_a_weekday_with_its_month_is_read_as_before() -> None:
    text = ("Lima, 2 May 2025\n\nForeign Minister Ana Ruiz met her Chilean counterpart "
            "Pablo Soto on Saturday 15 March in Santiago.")
    assert _met(text) == [("meeting", ("PER",), ("CHL",), "2025-03-15")]
