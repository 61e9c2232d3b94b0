"""A ministry named for its country's nationals abroad ("Minister of Foreign Affairs,
Cooperation and Mauritanians Abroad", "... and Senegalese Abroad", "... and Moroccans
Residing Abroad"): the minister is that country's (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-09-12"


@pytest.mark.parametrize(("text", "partner"), [
    ("The Minister received on Tuesday the Minister of Foreign Affairs, Cooperation and "
     "Mauritanians Abroad, Sidi Ould Ahmed, who is on a working visit to Georgia.", "MRT"),
    ("The Minister received on Tuesday the Minister of Foreign Affairs, African Integration "
     "and Senegalese Abroad, Awa Diop, who is on a working visit to Georgia.", "SEN"),
    ("The Minister held talks with the Minister of Foreign Affairs and Tunisians Abroad, "
     "Karim Ben Salah, in Tbilisi.", "TUN"),
    ("The Minister held talks in Tbilisi with the Minister of Foreign Affairs, "
     "Cooperation and Moroccans Residing Abroad, Youssef Alami.", "MAR"),
])
def test_the_minister_of_nationals_abroad_is_of_that_country(ex, text, partner):
    got = ex(text, date=_DAY, types=["meeting"])
    assert [(g[0], g[1], g[2]) for g in got] == [("meeting", ("GEO",), (partner,))]


@pytest.mark.parametrize("text", [
    # nationals abroad as people helped, not a ministry's name: no meeting
    "The consulate assisted Mauritanians abroad and Georgians in need.",
    # our own ministry's name
    "The Minister of Foreign Affairs and Georgians Abroad opened the consular forum.",
])
def test_no_counterpart_from_nationals_helped_or_our_own_ministry(ex, text):
    assert ex(text, date=_DAY, types=["meeting"]) == []
