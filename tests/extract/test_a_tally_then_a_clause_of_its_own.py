"""A tally of the occasion just told ("It was his third visit this year"), then, past a
semicolon, a clause with an event and a month of its own ("; in March he attended a
meeting of the Bucharest Nine"): that event keeps its own month; the tally alone still
dates what it counts by the occasion told (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_LEAD = "Warsaw, 17 October 2023\n\nOn Monday, the Foreign Minister paid a visit to Lithuania. "


def _got(text: str, types: set[str]) -> list[tuple]:
    return records(_LEAD + text, "POL", types, date="2023")


@pytest.mark.parametrize("text, month", [
    ("It was his third visit this year; in March he attended a meeting of the Bucharest "
     "Nine in Vilnius.", "2023-03"),
    ("It was the Minister's second visit to Vilnius this year; in June he took part there "
     "in a meeting of the Nordic-Baltic Eight.", "2023-06"),
    ("This was his fourth trip to Lithuania since 2020; in May he attended the NATO "
     "foreign ministers' meeting.", "2023-05"),
    ("It was his second visit this year; in February he participated in the Bucharest Nine "
     "summit in Warsaw.", "2023-02"),
])
def test_the_clause_past_the_semicolon_keeps_its_month(text: str, month: str) -> None:
    assert [r[3] for r in _got(text, {"multilateral"})] == [month]


@pytest.mark.parametrize("text", [
    "It was their fifth meeting since March 2021.",
    "It was his third visit to Lithuania since he took office in May 2020.",
])
def test_the_tally_alone_keeps_the_day_told(text: str) -> None:
    assert _got(text, {"visit", "meeting"}) == [("visit", ("POL",), ("LTU",), "2023-10-16")]
