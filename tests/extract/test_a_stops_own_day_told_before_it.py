"""A list of a trip's stops where the next stop's own day stands before it with the
preposition repeated ("travelled to Warsaw on 6 May, and on 7 May to Prague"): the
second place is a host too, dated by the day before it (sentences of our own). A single
stop keeps its day wherever it stands."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records

_DAY = "2024-05-10"


@pytest.mark.parametrize("text", [
    "The Minister travelled to Warsaw on 6 May, and on 7 May to Prague.",
    "The Minister went to Warsaw on 6 May, then on 7 May to Prague.",
    "The State Secretary flew to Warsaw on 6 May and then on 7 May to Prague.",
    "The Minister paid visits to Warsaw on 6 May and on 7 May to Prague.",
])
def test_the_second_stop_takes_its_own_day(text):
    assert records(text, "NOR", CORE, date=_DAY) == sorted(
        [event("visit", "NOR", "POL", "2024-05-06"), event("visit", "NOR", "CZE", "2024-05-07")])


@pytest.mark.parametrize("text", [
    "On 6 May the Minister travelled to Warsaw to meet Foreign Minister Jan Nowak.",
    "The Minister travelled to Warsaw on 6 May to meet Foreign Minister Jan Nowak.",
])
def test_one_stop_keeps_its_day(text):
    got = records(text, "NOR", {"visit"}, date=_DAY)
    assert got == [event("visit", "NOR", "POL", "2024-05-06")]
