"""A day counted back from the one told before ("The previous day", "The day before", "A
day earlier", "Two days earlier", "... the previous day" late in the sentence): the day
before the day told, as "The next day" is the day after it. A dateline alone before it
is the day told. "The day before the summit" names another occasion's eve and is not
counted back (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_FIRST = "On 12 May the Minister met the Foreign Minister of Norway in Oslo. "


def _meetings(text: str, issuer: str = "SWE", date: str = "2024") -> list[tuple]:
    return records(text, issuer, {"meeting"}, date=date)


@pytest.mark.parametrize("second, day", [
    ("The previous day he held talks with the Foreign Minister of Denmark in Copenhagen.",
     "2024-05-11"),
    ("A day earlier, he held talks with the Foreign Minister of Denmark.", "2024-05-11"),
    ("The day before, he had held talks with the Foreign Minister of Denmark.", "2024-05-11"),
    ("Two days earlier he had talks with the Foreign Minister of Denmark.", "2024-05-10"),
    ("He had met the Foreign Minister of Denmark in Copenhagen the previous day.",
     "2024-05-11"),
    ("He held talks with the Foreign Minister of Denmark the day before.", "2024-05-11"),
    ("One week earlier, the Minister received the Danish Foreign Minister.", "2024-05-05"),
])
def test_the_day_counted_back_is_before_the_day_told(second: str, day: str) -> None:
    assert _meetings(_FIRST + second) == sorted([("meeting", ("SWE",), ("NOR",), "2024-05-12"),
                                                 ("meeting", ("SWE",), ("DNK",), day)])


def test_a_dateline_alone_is_the_day_counted_back_from() -> None:
    text = "14 March 2024. The day before, the Foreign Minister met the Prime Minister of Norway."
    assert _meetings(text) == [("meeting", ("SWE",), ("NOR",), "2024-03-13")]


@pytest.mark.parametrize("second, day", [
    # forward, as before
    ("The next day he held talks with the Foreign Minister of Denmark.", "2024-05-13"),
    ("He met the Foreign Minister of Denmark on the next day.", "2024-05-13"),
    ("Two days later he received the Foreign Minister of Denmark.", "2024-05-14"),
    # another occasion's eve: not counted back from the day told
    ("He had met the Foreign Minister of Denmark the day before the summit.", "2024-05-12"),
])
def test_near_misses_keep_their_days(second: str, day: str) -> None:
    got = dict((r[2], r[3]) for r in _meetings(_FIRST + second))
    assert got[("DNK",)] == day
