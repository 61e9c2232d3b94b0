"""A weekday or relative day with its date in square brackets after it ("On Thursday
[2 May] the State Secretary received ..."), as editors insert it into a quoted or
agency text: one day told twice, the date in brackets wins over the weekday read
against the page's day (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records

_DAY = "2024-05-10"


@pytest.mark.parametrize(("text", "expected"), [
    ("On Thursday [2 May] the State Secretary received a delegation from Mongolia.",
     event("meeting", "NOR", "MNG", "2024-05-02")),
    ("The Minister on Tuesday [30 April] spoke by telephone with the Foreign Minister of "
     "Kenya.", event("call", "NOR", "KEN", "2024-04-30")),
    ("On Monday [29 April], the Minister visited Latvia.",
     event("visit", "NOR", "LVA", "2024-04-29")),
    ("Last Wednesday [1 May] the Minister met the Ambassador of Chile.",
     event("meeting", "NOR", "CHL", "2024-05-01")),
])
def test_the_bracketed_date_is_the_day(text, expected):
    assert records(text, "NOR", CORE, date=_DAY) == [expected]


def test_a_bracketed_note_without_a_date_leaves_the_weekday():
    text = "On Thursday [local time] the Minister met the Ambassador of Chile."
    assert records(text, "NOR", CORE, date=_DAY) == [event("meeting", "NOR", "CHL", "2024-05-09")]
