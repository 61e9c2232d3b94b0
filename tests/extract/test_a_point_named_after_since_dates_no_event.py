"""A date in a noun phrase after "since" ("looking back on the forum since
its launch in May 2019") is a point the event looks back to, not its day
(sentences of our own)."""

from __future__ import annotations

import pytest

_TAIL = "\n\nNairobi, 22 October 2020"


@pytest.mark.parametrize("text", [
    "The Foreign Minister held consultations with the US Assistant Secretary of State, "
    "looking back on the track record of the forum since its launch in May 2019.",
    "The Foreign Minister held consultations with the United States to take stock of "
    "progress since the signing of the framework agreement in March 2018.",
    "The Foreign Minister held consultations with the United States, the sixth round "
    "since the establishment of the mechanism in June 2017.",
])
def test_a_date_after_since_and_a_noun_is_not_the_events_day(ex, text):
    got = ex(text + _TAIL, issuer="KEN", date="2020", types=["consultation"])
    assert got == [("consultation", ("KEN",), ("USA",), "2020-10-22")]


def test_a_date_after_since_and_a_preposition_alone_still_dates_a_later_clause(ex):
    text = ("The Foreign Minister held consultations with the United States on 20 October, "
            "the first round since the election." + _TAIL)
    assert ex(text, issuer="KEN", date="2020", types=["consultation"]) == [
        ("consultation", ("KEN",), ("USA",), "2020-10-20")]
