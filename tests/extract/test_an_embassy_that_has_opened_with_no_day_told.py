"""A mission that "has opened" in the perfect, no day told ("The Embassy of A in B has
officially opened its doors", "has now opened", "have formally opened") is the opening
of that mission, on the day the text is dated by: the dateline, else the document's
date (sentences of our own). A mission that has opened something else opened no
mission."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "hosts"), [
    ("The Georgian Embassy in the Republic of Korea has officially opened its doors.",
     ("KOR",)),
    ("Georgia's Embassy in Canberra has now officially opened.", ("AUS",)),
    ("The new Consulate General of Georgia in Istanbul has opened its doors to visitors.",
     ("TUR",)),
    ("In a further step for relations with East Africa, the Georgian Embassy in Nairobi "
     "has formally opened its doors.", ("KEN",)),
    ("The embassies of Georgia in Lima and Bogotá have officially opened their doors, "
     "the Ministry said.", ("COL", "PER")),
])
def test_a_mission_that_has_opened_is_dated_by_the_document(ex, text, hosts):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["mission"])
    assert got == [("mission", ("GEO",), (h,), "2024-03-14") for h in hosts]


def test_the_dateline_dates_an_opening_told_with_no_day(ex):
    got = ex("SEOUL, 12 March 2024 - The Embassy of Georgia in Seoul has officially opened "
             "its doors.", issuer="GEO", date=None, types=["mission"])
    assert got == [("mission", ("GEO",), ("KOR",), "2024-03-12")]


@pytest.mark.parametrize("text", [
    "The Embassy of Georgia in Seoul has opened a book of condolence.",
    "The Embassy of Georgia in Seoul has opened an exhibition of Georgian painting.",
])
def test_a_mission_that_has_opened_something_else_opened_no_mission(ex, text):
    assert ex(text, issuer="GEO", date="2024-03-14", types=["mission"]) == []
