"""A second visit told by its kind with the noun left out ("paid a working visit to Berlin
(March) and an official one to Paris (June)"): a visit of its own to the place after it;
"one" after another noun (an embassy, a meeting, an agreement) is no visit (sentences of
our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


@pytest.mark.parametrize("text, second", [
    ("The Minister paid a working visit to Berlin (March) and an official one to Paris "
     "(June).", ("FRA", "2024-06")),
    ("The Minister made a state visit to Japan in April and a working one to Korea in May.",
     ("KOR", "2024-05")),
    ("The Minister paid a two-day visit to Kenya in March and a one-day one to Uganda in "
     "April.", ("UGA", "2024-04")),
    ("In March the Minister went on a private trip to Italy and a short one to Malta in "
     "July.", ("MLT", "2024-07")),
])
def test_the_elided_visit_is_its_own(text: str, second: tuple) -> None:
    got = records(text, "BEL", {"visit"}, date="2024")
    assert len(got) == 2 and ("visit", ("BEL",), (second[0],), second[1]) in got


@pytest.mark.parametrize("text", [
    "The Minister opened an embassy in Kenya and an official one in Uganda.",
    "The Minister signed a trade agreement with Chile and an official one to Peru was "
    "postponed.",
])
def test_one_after_another_noun_is_no_visit(text: str) -> None:
    assert records(text, "BEL", {"visit"}, date="2024") == []
