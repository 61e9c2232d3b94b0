"""A trip told only by the return from it, as the sentence's opening phrase ("On
his return from Madrid, the Minister ...", "Upon returning from Tokyo, ...") is
a visit to the place returned from by the subject of the clause after the comma
(sentences of our own)."""

from __future__ import annotations

import pytest

_LINE = "Abuja, 10 March 2024 - "


@pytest.mark.parametrize(("text", "visit"), [
    ("On his return from Madrid, Foreign Minister Tuggar received a telephone call from "
     "his Spanish counterpart.", ("NGA", "ESP")),
    ("Upon her return from Tokyo, the Minister briefed the Cabinet on her talks.",
     ("NGA", "JPN")),
    ("After returning from Brasilia, the President chaired the security council.",
     ("NGA", "BRA")),
    ("On his return from Madrid, Kenyan Foreign Minister Mudavadi received a call from "
     "the Minister.", ("KEN", "ESP")),
])
def test_the_return_tells_the_trip(ex, text, visit):
    got = ex(_LINE + text, issuer="NGA", date="2024-03-10", types=["visit"])
    assert [(g[1], g[2]) for g in got] == [((visit[0],), (visit[1],))]


def test_the_return_day_dates_the_trip(ex):
    got = ex(_LINE + "Upon returning from Tokyo on Friday, the Minister briefed the Cabinet.",
             issuer="NGA", date="2024-03-10", types=["visit"])
    assert got == [("visit", ("NGA",), ("JPN",), "2024-03-08")]


@pytest.mark.parametrize("text", [
    # a return from an occasion, not a place; the return of others
    "Following their return from the summit, the delegation reported to Parliament.",
    "The Minister welcomed the return from Kinshasa of the evacuated nationals.",
    "The Minister discussed the return of refugees from Cameroon.",
])
def test_no_trip_without_a_return_from_a_place(ex, text):
    assert ex(_LINE + text, issuer="NGA", date="2024-03-10", types=["visit"]) == []
