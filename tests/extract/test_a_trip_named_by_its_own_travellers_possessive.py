"""Two trips coordinated in one sentence, the second named with its own traveller's
possessive ("the state visit of the President of Finland in March and the Minister's
trip to China in November"): the first trip's visitor is not the second's; the
unqualified Minister is the issuer's own (sentences of our own, a year-end review)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records

_DAY = "2023-12-30"


@pytest.mark.parametrize(("text", "first"), [
    ("Among the highlights of the year were the state visit of the President of Finland in "
     "March and the Minister's trip to China in November.", "FIN"),
    ("The visit of the Kenyan President in March and the Minister's own trip to China in "
     "November stood out.", "KEN"),
    ("We welcomed the Prime Minister of Chile in March, and the State Secretary's visit to "
     "China followed in November.", "CHL"),
    ("The visit to Oslo of the Foreign Minister of Peru in March and Minister Berg's trip "
     "to China in November were the year's main events.", "PER"),
])
def test_the_second_trip_is_the_issuers(text, first):
    got = records(text, "NOR", {"visit"}, date=_DAY)
    assert event("visit", "NOR", "CHN", "2023-11") in got
    assert all(g[1] != (first,) or g[2] == ("NOR",) for g in got)


@pytest.mark.parametrize(("text", "visitor"), [
    ("Peru's Foreign Minister's visit to Norway took place on 3 May.", "PER"),
    ("The Finnish President's visit to Norway took place on 3 May.", "FIN"),
])
def test_a_possessive_of_the_visitor_still_names_it(text, visitor):
    assert records(text, "NOR", CORE, date=_DAY) == [event("visit", visitor, "NOR",
                                                           "2023-05-03")]
