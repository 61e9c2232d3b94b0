"""The nth day of a stay as the subject of a sentence ("The second day of the visit
began with a meeting with ...", "Day two of the visit opened with talks with ...",
"The visit's second day included ...") after the days were told: the events told
after it are on that day, and "Later that day" goes on from them. An event the phrase
itself names ("of the working visit") is the stay's own and keeps its days, and the
sentences after it are not moved to that day (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "side", "day"), [
    ("The Minister paid an official visit to Latvia from 11 to 13 March. The second day "
     "of the visit began with a meeting with the Prime Minister of Latvia.", "LVA",
     "2024-03-12"),
    ("The Minister was in Czechia on 10-12 March. Day two of the visit opened with talks "
     "with the Foreign Minister of Czechia.", "CZE", "2024-03-11"),
    ("The Minister visited Czechia on 10-11 March. The visit's second day included a "
     "meeting with the Speaker of the Chamber of Deputies of Czechia.", "CZE",
     "2024-03-11"),
    ("The Minister was in Kenya from 3 to 5 March. The third day of her stay in Nairobi "
     "was marked by a meeting with the President of Kenya.", "KEN", "2024-03-05"),
    ("The President paid a state visit to Japan from 4 to 6 March. The last day of his "
     "visit to Japan ended with a meeting with the Prime Minister of Japan.", "JPN",
     "2024-03-06"),
])
def test_the_events_after_the_nth_day_as_subject_are_on_that_day(ex, text, side, day):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting"])
    assert got == [("meeting", ("GEO",), (side,), day)]


def test_later_that_day_goes_on_from_it(ex):
    got = ex("The Minister paid an official visit to Latvia from 11 to 13 March. The "
             "second day of the visit began with a meeting with the Prime Minister of "
             "Latvia. Later that day, he met the Speaker of the Saeima of Latvia.",
             issuer="GEO", date="2024-03-14", types=["meeting"])
    assert [g[3] for g in got] == ["2024-03-12", "2024-03-12"]


def test_the_stay_named_in_the_phrase_keeps_its_days_and_nothing_after_moves(ex):
    text = ("The Minister visited Belgium from 1 to 3 March. The final day of the working "
            "visit was devoted to a meeting of the EU's foreign ministers.\n\n"
            "In Brussels the Minister also met the Foreign Minister of Belgium.")
    got = ex(text, issuer="GEO", date="2024-03-14", types=["visit", "meeting"])
    assert ("visit", ("GEO",), ("BEL",), "2024-03-01") in got
    assert ("meeting", ("GEO",), ("BEL",), "2024-03-01") in got
