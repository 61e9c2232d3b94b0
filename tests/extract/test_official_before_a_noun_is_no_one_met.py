""""official" in lower case before a noun it qualifies ("official passports", "an
official working visit") names no one: a meeting with one counterpart told beside
it stays one meeting. An official who acts or is placed ("an official of the
senate", "an official responsible for trade") is still one more person met
(sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-09-12"


@pytest.mark.parametrize("text", [
    "The Minister met with the Foreign Minister of Qatar, and both sides agreed to exempt "
    "holders of diplomatic and official passports from visas.",
    "The Minister met with the Foreign Minister of Qatar and they agreed on visa exemption "
    "for official passports.",
    "On an official working visit, the Prime Minister of Qatar met the Minister on Monday.",
    "The Minister met the Foreign Minister of Qatar and they reviewed official development "
    "assistance.",
])
def test_official_before_a_noun_adds_no_meeting(ex, text):
    got = ex(text, date=_DAY, types=["meeting"])
    assert len(got) == 1 and got[0][2] == ("QAT",)


@pytest.mark.parametrize("text", [
    "On Monday the Minister met the Foreign Minister of Chile and an official of the Chilean "
    "senate.",
    "The Minister called on the Prime Minister of Chile and an official responsible for trade.",
])
def test_an_official_met_is_still_one_more(ex, text):
    got = ex(text, date=_DAY, types=["meeting"])
    assert [to for _t, _f, to, _d in got] == [("CHL",), ("CHL",)]
