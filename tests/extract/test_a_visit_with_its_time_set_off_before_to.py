"""A visit named by its noun with its time set off by commas before "to" ("the
visit, in May 2018, to Lima of President A", "a visit, last October, to Accra by
...") is that visit, as "the visit to Lima in May 2018 of President A" is: the place
after "to" its host, the time its date (sentences of our own)."""

from __future__ import annotations

import pytest

_LINE = "Abuja, 18 March 2024 - "


@pytest.mark.parametrize(("text", "visit"), [
    ("Recalling the visit, in May 2018, to Lima of President Buhari, the two ministers "
     "agreed to deepen trade.", ("visit", ("NGA",), ("PER",), "2018-05")),
    ("The Minister recalled the visit, in June 2019, to Hanoi of the President.",
     ("visit", ("NGA",), ("VNM",), "2019-06")),
    ("Both sides praised the visit, in March 2021, to Nairobi of the Vice President.",
     ("visit", ("NGA",), ("KEN",), "2021-03")),
])
def test_the_visit_with_its_time_aside(ex, text, visit):
    assert ex(_LINE + text, issuer="NGA", date="2024-03-18", types=["visit"]) == [visit]


@pytest.mark.parametrize("text", [
    "The visits, in recent years, to the region have multiplied.",
    "The Minister spoke of the visit, in general terms, and of trade.",
])
def test_no_visit_without_a_host_after_to(ex, text):
    assert ex(_LINE + text, issuer="NGA", date="2024-03-18", types=["visit"]) == []
