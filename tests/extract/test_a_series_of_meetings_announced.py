"""Meetings announced in a number ("will hold a series of bilateral meetings with",
"is expected to hold a number of talks") are not held yet; a series told in the past
is (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "During the summit, the Minister will hold a series of bilateral meetings with "
    "leaders of the United States and Brazil.",
    "The Minister is expected to hold a number of bilateral meetings with his "
    "counterparts from Chile and Peru.",
    "In New York, the President will also have a round of talks with the Prime "
    "Minister of Japan.",
])
def test_a_series_announced_is_not_held(ex, text):
    assert ex(text, issuer="GEO", date="2024-03-14", types=["meeting"]) == []


def test_a_series_held_is_held(ex):
    got = ex("On Monday the Minister held a series of bilateral meetings with the foreign "
             "ministers of Chile and Peru.", issuer="GEO", date="2024-03-14",
             types=["meeting"])
    assert got == [("meeting", ("GEO",), (p,), "2024-03-11") for p in ("CHL", "PER")]
