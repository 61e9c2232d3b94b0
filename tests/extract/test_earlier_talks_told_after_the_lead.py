"""A lead meeting with no day of its own keeps the page's day when the next sentence
tells an earlier occasion with its day: one the meeting "followed" ("The meeting
followed the talks between the two Presidents in Lima on 9 March"), or talks between
officials of another rank ("The Presidents of both countries held talks in Lima on 9
March"). A plain retelling of the same meeting with its day still dates the lead
(texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_PAGE = "03/14/2023 | Press release\n\n"
_LEAD = ("The Foreign Minister, Ana Ruiz, met with Chilean Foreign Minister Luis Vera at "
         "the Ministry, thanking him for his visit. ")


@pytest.mark.parametrize("after", [
    "The meeting followed the talks between the Presidents of Peru and Chile held on the "
    "sidelines of the summit in Quito on 9 March.",
    "It followed the talks between the two Presidents in Quito on 9 March, which had "
    "prepared the way for it.",
    "The meeting was preceded by talks between Peruvian President Rosa Diaz and Chilean "
    "President Pablo Soto in Quito on 9 March.",
    "Chilean President Pablo Soto and Peruvian President Rosa Diaz held talks in Quito on "
    "9 March.",
])
def test_the_lead_keeps_the_pages_day(after: str) -> None:
    got = records(_PAGE + _LEAD + after, "PER", {"meeting"}, date="2023")
    assert ("meeting", ("PER",), ("CHL",), "2023-03-14") in got, got


def test_the_same_meeting_retold_dates_the_lead() -> None:
    got = records(_PAGE + _LEAD + "The two Foreign Ministers met at the Ministry on 13 "
                  "March.", "PER", {"meeting"}, date="2023")
    assert got == [("meeting", ("PER",), ("CHL",), "2023-03-13")], got
