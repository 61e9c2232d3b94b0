"""A number right after a month is that month's day, news-agency style ("On Nov. 17
ministers from Chile and Peru met", "On May 21 delegations of Kenya and Uganda met"),
not a count of what follows (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("text", "day"), [
    ("On Nov. 17 ministers from Chile and Peru met in Lima.", 17),
    ("Since Oct. 3 diplomats of both sides have met twice.", 3),
    ("The summit of Sept. 12 leaders from 30 countries attended.", 12),
    ("On March 9 students from Ghana visited the Ministry.", 9),
    ("On May 21 delegations of Kenya and Uganda met in Kampala.", 21),
])
def test_the_day_is_no_count(text: str, day: int) -> None:
    recs = extract_text("Results of the year 2024\n\n" + text, issuer="KEN", date="2024").records
    assert day not in {r.quantity.value for r in recs if r.quantity}
