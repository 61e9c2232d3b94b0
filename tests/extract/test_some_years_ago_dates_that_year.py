""""Two years ago", "five years ago": the year that many years before the
document's, as "a year ago" is the year before (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract.text import find_dates, resolve


@pytest.mark.parametrize(("text", "year"), [
    ("Estonia opened its embassy in Hanoi two years ago.", 2021),
    ("Three years ago, the two ministers launched the dialogue.", 2020),
    ("The treaty that was concluded five years ago remains in force.", 2018),
    ("The two countries renewed their accord a year ago.", 2022),
])
def test_a_count_of_years_ago_is_that_year(text, year):
    found = [d for d in find_dates(text) if d.relative]
    assert [resolve(d, 2023).y1 for d in found] == [year]


@pytest.mark.parametrize("text", [
    "The agora of the old town hosted the reception.",
    "Many years ago, relations were closer.",
])
def test_no_count_of_years_is_no_date(text):
    assert [d for d in find_dates(text) if d.relative] == []


def test_a_mission_opened_some_years_ago_takes_that_year(ex):
    text = ("Riga, 4 March 2024\n\nThe Minister recalled that Latvia had opened its embassy "
            "in Tbilisi four years ago.")
    assert ex(text, issuer="LVA", date="2024", types=["mission"]) == [
        ("mission", ("LVA",), ("GEO",), "2020")]
