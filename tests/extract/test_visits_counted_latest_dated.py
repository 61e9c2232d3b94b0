"""Visits counted, then the time of the last ("visited Kyiv four times this year, most
recently in November"): the time told is the last visit's, the others keep the text's
year; visits counted within one time told all take it."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

HEAD = "Review of 2024\n\n"


@pytest.mark.parametrize("text, n, to, last", [
    ("I visited Kyiv four times this year, most recently in November.", 4, "UKR", "2024-11"),
    ("The Minister travelled to Warsaw three times, the last time on 3 March.", 3, "POL",
     "2024-03-03"),
    ("The Minister visited Kyiv twice, the latest in May.", 2, "UKR", "2024-05"),
    ("Our Minister went to Riga three times, most recently during the summit in June.", 3,
     "LVA", "2024-06"),
])
def test_last_visit_takes_the_time_told(text: str, n: int, to: str, last: str) -> None:
    got = [r for r in records(HEAD + text, "LTU", {"visit"}, date="2024") if r[2] == (to,)]
    assert sorted(r[3] for r in got) == sorted(["2024"] * (n - 1) + [last]), got


def test_visits_counted_within_a_month_all_take_it() -> None:
    got = records(HEAD + "The Minister visited Kyiv three times in November.", "LTU",
                  {"visit"}, date="2024")
    assert [r[3] for r in got] == ["2024-11"] * 3
