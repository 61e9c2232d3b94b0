"""A news dateline whose month is abbreviated with a period ("OSLO, Feb. 9 (NTB) -")
is the filing day: the weekday the story names counts back from it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("line, day", [
    ("OSLO, Feb. 9 (NTB) - Foreign Minister Eide on Wednesday met the foreign minister of "
     "Chile in Oslo.", "2023-02-08"),
    ("OSLO, Sept. 15 (NTB) - Foreign Minister Eide met the foreign minister of Chile on "
     "Monday.", "2023-09-11"),
    ("OSLO, Dec. 1 - Foreign Minister Eide on Tuesday held talks with the foreign minister of "
     "Chile.", "2023-11-28"),
])
def test_a_weekday_counts_back_from_an_abbreviated_dateline(ex, line, day):
    text = "Eide meets Chilean counterpart\n\n" + line
    assert ex(text, issuer="NOR", date="2023", types={"meeting"}) == [
        ("meeting", ("NOR",), ("CHL",), day)]


def test_an_abbreviated_dateline_alone_dates_the_story(ex):
    text = ("Eide meets Chilean counterpart\n\nOSLO, Feb. 9 (NTB) - Foreign Minister Eide met "
            "the foreign minister of Chile in Oslo.")
    assert ex(text, issuer="NOR", date="2023", types={"meeting"}) == [
        ("meeting", ("NOR",), ("CHL",), "2023-02-09")]
