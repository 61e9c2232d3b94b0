"""A numeric date written month first, as the United States write, is read so
where the day cannot be a month: "10/23/2022" is 23 October, as "06/15/2023" was
15 June already (days 20 to 31 were not read at all). A date that may be either
stays day first; with dots or a day past 31 it is no date (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract._dates import find_dates


@pytest.mark.parametrize("text, ymd", [
    ("On Sunday, 10/23/2022, the Minister received the Ambassador.", (2022, 10, 23)),
    ("The talks held on 3/28/2024 in Baghdad", (2024, 3, 28)),
    ("a call on 12/31/2023 with the Secretary", (2023, 12, 31)),
    ("the meeting (01/20/2021) at the Ministry", (2021, 1, 20)),
])
def test_a_late_day_after_the_month_is_read(text, ymd):
    got = [(d.y1, d.m1, d.d1) for d in find_dates(text) if d.d1]
    assert got == [ymd]


@pytest.mark.parametrize("text, ymd", [
    ("On 10/11/2022 the Minister received the Ambassador.", (2022, 11, 10)),
    ("On 23/10/2022 the Minister received the Ambassador.", (2022, 10, 23)),
])
def test_a_day_that_may_be_a_month_stays_first(text, ymd):
    assert [(d.y1, d.m1, d.d1) for d in find_dates(text) if d.d1] == [ymd]


@pytest.mark.parametrize("text", ["ref. 10.23.2022", "on 10/32/2022", "on 13/23/2022"])
def test_no_date_of_an_impossible_reading(text):
    assert not [d for d in find_dates(text) if d.d1]


def test_the_meeting_takes_the_day(ex):
    got = ex("On Sunday, 10/23/2022, the Foreign Minister received a copy of the "
             "credentials of the new Ambassador of Japan.", issuer="IRQ", date=None)
    assert [r for r in got if r[0] == "meeting"] == [("meeting", ("IRQ",), ("JPN",),
                                                      "2022-10-23")]
