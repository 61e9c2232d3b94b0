"""A vague time followed by the day written out ("Earlier this month, on 9 August,
...") dates the event by the day."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("opening, day", [
    ("Earlier this month, on 9 May, the Minister hosted the Foreign Minister of Chile.",
     "2023-05-09"),
    ("This month, on 4 May, the Minister met the Foreign Minister of Chile in Tbilisi.",
     "2023-05-04"),
    ("The Minister, earlier this month, on 11 May, held talks with the Foreign Minister of "
     "Chile.", "2023-05-11"),
])
def test_the_day_written_after_a_vague_time_dates_the_event(ex, opening, day):
    text = "Tbilisi, 27 May 2023\n\n" + opening
    assert ex(text, date=None, types={"meeting"}) == [("meeting", ("GEO",), ("CHL",), day)]


def test_a_weekday_after_last_week_does_not_count_from_this_week(ex):
    text = ("Tbilisi, 27 May 2023\n\nLast week, on Tuesday, the Minister met the Ambassador "
            "of Chile.")
    got = ex(text, date=None, types={"meeting"})
    assert ("meeting", ("GEO",), ("CHL",), "2023-05-23") not in got
