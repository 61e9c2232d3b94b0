"""Meetings told with a place and a month each ("met in Vienna in February and in
Bratislava in June") or counted, then dated one by one ("met his counterpart twice, in
February and in June"; "... twice, in Vienna in February and in Bratislava in June"): one
meeting per month; months that go "respectively" with partners stay theirs, and a meeting
counted without dates stays one (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_TWO = [("meeting", ("SVK",), ("AUT",), "2023-02"), ("meeting", ("SVK",), ("AUT",), "2023-06")]


@pytest.mark.parametrize("text", [
    "The foreign ministers of Slovakia and Austria met in Vienna in February and in "
    "Bratislava in June.",
    "The Minister met his Austrian counterpart in Vienna in February and in Bratislava in "
    "June.",
    "The Minister held talks with the Austrian Foreign Minister in Vienna in February, in "
    "Bratislava in June.",
    "The Minister met his Austrian counterpart twice, in February and in June.",
    "The Minister met his Austrian counterpart twice, in Vienna in February and in "
    "Bratislava in June.",
    "The Minister and his Austrian colleague met two times, in February and again in June.",
])
def test_one_meeting_per_month_told(text: str) -> None:
    assert records(text, "SVK", {"meeting"}, date="2023") == _TWO


def test_months_that_go_with_partners_respectively_stay_theirs() -> None:
    text = ("The Minister met the foreign ministers of Austria and Poland in Vienna in "
            "February and in Warsaw in June, respectively.")
    assert records(text, "SVK", {"meeting"}, date="2023") == [
        ("meeting", ("SVK",), ("AUT",), "2023-02"), ("meeting", ("SVK",), ("POL",), "2023-06")]


def test_a_later_clause_does_not_take_both_respective_months() -> None:
    text = ("The Minister visited Austria and Poland, in Vienna in February and in Warsaw in "
            "June respectively, and held consultations with Chile.")
    got = records(text, "SVK", {"consultation"}, date="2023")
    assert len(got) == 1 and got[0][2] == ("CHL",)


def test_a_count_without_dates_stays_one_meeting() -> None:
    assert records("The Minister met his Austrian counterpart twice this year.", "SVK",
                   {"meeting"}, date="2023") == [("meeting", ("SVK",), ("AUT",), "2023")]
