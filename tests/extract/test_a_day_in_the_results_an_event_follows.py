"""An event held "to follow (up) the results of" an earlier one, "to evaluate" or "to go
over" them: the month after the earlier event is its own, not the day of the event
told; the event keeps the text's day (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_CASES = [
    ("ITA", "2020-05-20", "The ministry said that the ministers of Italy, Spain, Greece "
     "and Portugal gathered for a video conference to follow the results of the leaders' "
     "summit in March.", "call", "2020-05-20"),
    ("ESP", "2021-06-10", "The Minister and the Foreign Minister of Morocco held a video "
     "call to follow up the decisions of their leaders' meeting in February.", "call",
     "2021-06-10"),
    ("DEU", "2022-09-15", "The Minister met the Foreign Minister of Poland to evaluate "
     "the results of the intergovernmental consultations in April.", "meeting", "2022-09-15"),
    ("FRA", "2019-11-20", "The ministers of France and Italy met in Rome to follow the "
     "conclusions of the summit held in Naples in July.", "meeting", "2019-11-20"),
    ("JPN", "2023-10-05", "The Minister talked by phone with her Australian counterpart "
     "to follow the outcome of the leaders' meeting in May.", "call", "2023-10-05"),
]


@pytest.mark.parametrize(("issuer", "date", "text", "kind", "day"), _CASES)
def test_the_event_keeps_its_own_day(issuer: str, date: str, text: str, kind: str,
                                     day: str) -> None:
    assert [r[3] for r in records(text, issuer, {kind}, date=date)] == [day]
