"""A nationality's people counted or moved ("150 Ghanaians evacuated from Sudan
arrived in Accra", "Kenyans stranded in Beirut landed in Nairobi") are no visit of
any side; an official who arrives still is one (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize("text", [
    "A total of 150 Ghanaians evacuated from Sudan arrived in Accra on 1 March.",
    "Kenyans stranded in Beirut landed in Nairobi on Friday.",
    "Some 40 Nigerians who had been deported from Libya arrived in Lagos.",
])
def test_people_moved_are_no_visit(ex, text):
    assert ex(text, issuer="GHA", date=_DAY, types=["visit"]) == []


def test_an_official_arriving_is_a_visit(ex):
    got = ex("The Kenyan President arrived in Accra on Friday.", issuer="GHA", date=_DAY,
             types=["visit"])
    assert got == [("visit", ("KEN",), ("GHA",), "2024-03-01")]
