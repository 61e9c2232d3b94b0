"""A bare weekday in a clause that looks ahead ("On Friday he will be in
Bucharest for talks", "is to hold talks ... on Saturday") is the coming one,
not the last; a weekday told in the past, or "last Friday", stays behind
(texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[str | None]:
    # 3 April 2025 is a Thursday
    return [r.date.start for r in extract_text(text, issuer="NLD", date="2025-04-03").records
            if r.type == "meeting"]


@pytest.mark.parametrize(("text", "day"), [
    ("Minister Veldkamp travelled to Moldova today. On Friday he will be in Bucharest for "
     "talks with the Romanian Foreign Minister.", "2025-04-04"),
    ("The Minister is to hold talks with the Foreign Minister of Poland in Warsaw on Saturday.",
     "2025-04-05"),
    ("On Monday the Minister will be in Vilnius for talks with the Foreign Minister of "
     "Lithuania.", "2025-04-07"),
])
def test_a_weekday_ahead_is_the_coming_one(text, day):
    assert _meetings(text) == [day]


@pytest.mark.parametrize(("text", "day"), [
    ("On Monday the Minister met the Foreign Minister of Romania in Bucharest.", "2025-03-31"),
    ("Last Friday the Minister met the Foreign Minister of Poland, and the two will meet again "
     "in May.", "2025-03-28"),
    ("The Minister, who met the Foreign Minister of Latvia on Tuesday in Riga, is now on her "
     "way home; the report of the visit will be published next month.", "2025-04-01"),
])
def test_a_weekday_told_in_the_past_stays_behind(text, day):
    assert _meetings(text) == [day]
