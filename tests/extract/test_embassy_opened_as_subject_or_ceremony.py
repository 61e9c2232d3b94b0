"""An embassy's opening told with the mission as the subject of an intransitive
"opened" ("The Embassy of A in B officially opened on Monday", "the new consulate
opened its doors") or as a ceremony ("The opening ceremony of the Embassy of A in B
took place") is the opening of that mission (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "host", "day"), [
    ("The Embassy of Georgia in the Republic of Korea officially opened on Monday.",
     "KOR", "2024-03-11"),
    ("The Embassy of Georgia in Canberra formally opened its doors on 12 March.", "AUS",
     "2024-03-12"),
    ("The opening ceremony of the Embassy of Georgia in Seoul took place on 11 March.",
     "KOR", "2024-03-11"),
    ("On 13 March the Minister attended the inauguration ceremony of the Embassy of "
     "Georgia in Mexico City.", "MEX", "2024-03-13"),
])
def test_an_opening_told_by_the_mission_or_its_ceremony(ex, text, host, day):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["mission"])
    assert got == [("mission", ("GEO",), (host,), day)]


@pytest.mark.parametrize("text", [
    "The Embassy of Georgia in Seoul opened a book of condolence on Monday.",
    "The Embassy of Georgia in Seoul opened an exhibition of Georgian painting.",
])
def test_an_embassy_opening_something_else_is_no_opening(ex, text):
    assert ex(text, issuer="GEO", date="2024-03-14", types=["mission"]) == []
