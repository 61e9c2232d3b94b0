"""A page's date in figures run into the time of day when the layout is flattened
("NEWS 19.09.202313:00", "Published 03.04.202509:15 | 2 comments"): the date is still
the page's day, so an undated event of the text takes it, not the year alone. Figures
run on without a time ("19.09.20231") are no date (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_BODY = ("\n\nForeign Minister Ana Petrova met with the Foreign Minister of Chile, Rosa "
         "Díaz, in New York during the General Assembly's annual debate.\n")


@pytest.mark.parametrize("line, day", [
    ("NEWS 19.09.202313:00 0 comments", "2023-09-19"),
    ("Published 03.04.202509:15 | 2 comments", "2025-04-03"),
    ("Politics | 21/11/202417:45", "2024-11-21"),
    ("World 07.02.202408:05 Share", "2024-02-07"),
])
def test_the_glued_date_is_the_page_day(line: str, day: str) -> None:
    got = records("Petrova meets Chilean counterpart\n\n" + line + _BODY, "BGR", {"meeting"},
                  date=day[:4])
    assert got == [("meeting", ("BGR",), ("CHL",), day)]


def test_figures_run_on_without_a_time_are_no_date() -> None:
    got = records("Petrova meets Chilean counterpart\n\nItem 19.09.20231 of the list" + _BODY,
                  "BGR", {"meeting"}, date="2023")
    assert got == [("meeting", ("BGR",), ("CHL",), "2023")]
