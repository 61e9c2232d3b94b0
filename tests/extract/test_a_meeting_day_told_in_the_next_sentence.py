"""A meeting told with no day (so on the page's), then "That audience was held on
Tuesday in ...": the next sentence gives its day, within the week before the page's
(sentences of our own)."""

from __future__ import annotations

import pytest

_DATE = "Date: 2024-02-28\n\n"


@pytest.mark.parametrize(("text", "day"), [
    ("The Prime Minister welcomed Ana Lopez, the new Ambassador of Mexico to Grenada. "
     "That meeting was held on Monday in the Cabinet room.", "2024-02-26"),
    ("The Foreign Minister received the Ambassador of Japan, Ken Sato. The audience was "
     "held on Tuesday at the Ministry.", "2024-02-27"),
    ("Minister Peters met the High Commissioner of Canada to discuss trade.\n\nThese "
     "talks were held on 23 February in St. George's.", "2024-02-23"),
])
def test_the_next_sentence_gives_the_day(ex, text, day):
    got = ex(_DATE + text, issuer="GRD", date="2024-02-28", types=["meeting"])
    assert [g[3] for g in got] == [day]


@pytest.mark.parametrize("text", [
    # a day a month before: another occasion, told in passing
    "The Foreign Minister received the Ambassador of Japan, Ken Sato. Their first meeting "
    "was held on 5 January in Tokyo.",
    # a sentence that tells more than the day
    "The Foreign Minister received the Ambassador of Japan, Ken Sato. On Monday the "
    "Minister had held a meeting with the Ambassador of Chile.",
])
def test_the_page_day_stays_otherwise(ex, text):
    got = ex(_DATE + text, issuer="GRD", date="2024-02-28", types=["meeting"])
    assert ("meeting", ("GRD",), ("JPN",), "2024-02-28") in got


def test_a_round_of_consultations_told_as_the_meeting_takes_its_day(ex):
    text = ("The Vice Minister and the Minister of State of Qatar held the second round of "
            "political consultations between the two foreign ministries. The meeting was "
            "held on February 27 with delegations of both sides.")
    got = ex(_DATE + text, issuer="CRI", date="2024-02-28", types=["meeting", "consultation"])
    assert [(g[0], g[3]) for g in got] == [("consultation", "2024-02-27")]
