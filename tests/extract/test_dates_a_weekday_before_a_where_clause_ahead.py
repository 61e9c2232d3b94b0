"""A bare weekday in a past clause stays past when only a "where" or "when" clause
after it looks ahead ("On Monday the Minister departed for Tokyo, where he will hold
talks"); in a clause that itself looks ahead it is the coming one (sentences of our
own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "On Monday the Minister departed for Tokyo, where he will hold talks with his "
    "Japanese counterpart.",
    "The Minister arrived in Tokyo on Monday, when the talks will begin.",
])
def test_a_past_clause_keeps_its_weekday_past(ex, text):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["visit"])
    assert [g[3] for g in got] == ["2024-03-11"]


def test_a_clause_looking_ahead_takes_the_coming_weekday(ex):
    got = ex("On Monday the Minister will travel to Tokyo, where he will hold talks.",
             issuer="GEO", date="2024-03-14", types=["visit"])
    assert all(g[3] != "2024-03-11" for g in got)
