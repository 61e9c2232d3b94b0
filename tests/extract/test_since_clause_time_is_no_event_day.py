"""The time in a clause after "since" that tells the point a first meeting counts from
("her first meeting with A since she took over as foreign minister earlier this year",
"the first talks since they met in Lima in March") is no day of the meeting, nor is the
time an office was taken over ("took over as foreign minister in May"): the meeting
takes the page's day. A meeting told with its own month keeps it (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_PAGE = "Berlin, 9 May 2018\n\n"


@pytest.mark.parametrize("text", [
    "Speaking at her first meeting with Chile's Luis Vera since she took over as Germany's "
    "chief diplomat earlier this year, Anna Weber said trade must grow.",
    "It was the first meeting of Anna Weber and Chilean Foreign Minister Luis Vera since "
    "they met in Lima in March.",
    "Weber, who took over as foreign minister in February, held talks with the Chilean "
    "Foreign Minister in Berlin.",
    "In her first talks with the Foreign Minister of Chile since she became minister in "
    "January, Weber raised trade.",
])
def test_the_meeting_takes_the_pages_day(text: str) -> None:
    got = records(_PAGE + text, "DEU", {"meeting"}, date="2018")
    assert {r[3] for r in got if r[2] == ("CHL",)} == {"2018-05-09"}, got


def test_a_meeting_with_its_own_month_keeps_it() -> None:
    got = records(_PAGE + "Weber first met the Chilean Foreign Minister in Lima in March.",
                  "DEU", {"meeting"}, date="2018")
    assert [r[3] for r in got] == ["2018-03"], got
