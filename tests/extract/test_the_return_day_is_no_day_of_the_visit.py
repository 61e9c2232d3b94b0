"""A trip told with its return after it ("travelled to Madrid on 2 May and returned on
4 May"): the return's day is no second visit, nor the visit's day (sentences of our
own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records

_DAY = "2024-05-10"


@pytest.mark.parametrize("text", [
    "The Minister travelled to Madrid on 2 May and returned on 4 May.",
    "The Minister travelled to Madrid on 2 May and returned to Oslo on 4 May.",
    "The State Secretary went to Madrid on 2 May, then flew back on 4 May.",
    "The Minister visited Spain on 2 May before returning home on 4 May.",
])
def test_one_visit_on_its_own_day(text):
    assert records(text, "NOR", CORE, date=_DAY) == [event("visit", "NOR", "ESP", "2024-05-02")]


def test_a_visit_on_two_days_stays_one():
    text = "The Minister visited Madrid on 2 and 3 May and returned to Oslo on 4 May."
    got = records(text, "NOR", CORE, date=_DAY)
    assert got == [event("visit", "NOR", "ESP", "2024-05-02")]
