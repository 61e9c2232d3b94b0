"""A deadline set at an event ("urged the experts to settle the rest before the end of
November 2022", "asked for the draft by the end of November", "set a deadline of
November", "no later than November") is the time something is to be done by, not
the date of the meeting that set it; a meeting told at the end of a month, or with
a day of its own, keeps that date (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Chilean and Peruvian ministers met in Lima and urged the experts to settle the "
    "remaining issues before the end of November 2022.",
    "The Chilean and Peruvian ministers met in Lima and set a deadline of November 2022 for "
    "the remaining issues.",
    "The Chilean and Peruvian ministers met in Lima and asked for the draft to be ready by "
    "the end of November 2022.",
    "The Chilean and Peruvian ministers met in Lima and asked that the rest be solved no "
    "later than November 2022.",
])
def test_a_deadline_does_not_date_the_meeting(ex, text):
    assert ex(text, issuer="CHL", date="2022", types=["meeting"]) == [
        ("meeting", ("CHL",), ("PER",), "2022")]


def test_a_deadline_does_not_date_a_round_of_consultations(ex):
    text = ("Chile and Peru held a round of political consultations in Lima, which called for "
            "the border survey to be finished before end of December 2022.")
    assert ex(text, issuer="CHL", date="2022", types=["consultation"]) == [
        ("consultation", ("CHL",), ("PER",), "2022")]


@pytest.mark.parametrize(("text", "day"), [
    ("The Chilean and Peruvian ministers met in Lima at the end of November 2022.", "2022-11"),
    ("The Chilean and Peruvian ministers met in Lima on 3 May 2022 and asked for the draft "
     "to be ready by the end of November 2022.", "2022-05-03"),
])
def test_the_meetings_own_time_stays(ex, text, day):
    assert ex(text, issuer="CHL", date="2022", types=["meeting"]) == [
        ("meeting", ("CHL",), ("PER",), day)]
