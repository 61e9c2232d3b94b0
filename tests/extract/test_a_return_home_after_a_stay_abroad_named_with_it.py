"""A trip told by the official's return home with where it was in the same sentence
("returns to Wellington today after a week of talks at the summit in Nagoya, Japan",
"is back in Ottawa after the NATO summit in Brussels", "flew back to Canberra from the
summit in Jakarta"): the issuer's visit there, one per place of a list. Citizens brought
home are no visit (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("issuer", "text", "host", "day"), [
    ("NZL", "Foreign Minister Jane Doe returns to New Zealand today after a busy week at "
            "the G20 ministerial meeting in Osaka, Japan.", "JPN", "2019-11-24"),
    ("CAN", "The Minister is back in Ottawa after the NATO summit in Brussels.", "BEL",
     "2019-11-24"),
    ("AUS", "Senator Smith flew back to Canberra on Friday from the East Asia Summit in "
            "Jakarta.", "IDN", "2019-11-22"),
    ("SWE", "The Prime Minister came back to Stockholm from Tokyo, where she attended a "
            "conference on trade.", "JPN", "2019-11-24"),
])
def test_the_visit_to_the_place_returned_from(ex, issuer, text, host, day):
    got = ex("24 November 2019\n\n" + text, issuer=issuer, date="2019-11-24", types=["visit"])
    assert got == [("visit", (issuer,), (host,), day)]


def test_one_visit_per_place_of_a_list(ex):
    got = ex("24 November 2019\n\nThe Foreign Minister has returned to Wellington after a "
             "four-day swing through Fiji, Tonga and Samoa.", issuer="NZL",
             date="2019-11-24", types=["visit"])
    assert sorted(r[2] for r in got) == [("FJI",), ("TON",), ("WSM",)]


def test_citizens_brought_home_are_no_visit(ex):
    assert ex("24 November 2019\n\nThousands of French citizens returned home from Lebanon "
              "after the evacuation.", issuer="FRA", date="2019-11-24", types=["visit"]) == []
