"""A visit named by its destination before the noun, the visitor after "by" or "of"
("the Kenya visit by the Ugandan President", "the recent India visit of Prime
Minister A") goes to that country, from the visitor's; with "to" after the visitor
the country before the noun is the visitor's (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "expected"), [
    ("Relations gained from the Kenya visit by Ugandan President Yoweri Museveni in March "
     "2021.",
     [("visit", ("UGA",), ("KEN",), "2021-03")]),
    ("She recalled the recent Japan visit of the Thai Prime Minister in June 2021.",
     [("visit", ("THA",), ("JPN",), "2021-06")]),
    ("Trust grew with the Malawi state visit by the Zambian President in July 2021 and the "
     "Zambia visit by the Malawian Speaker in October 2021.",
     [("visit", ("MWI",), ("ZMB",), "2021-10"), ("visit", ("ZMB",), ("MWI",), "2021-07")]),
])
def test_the_country_before_the_noun_is_the_host(ex, text, expected):
    assert ex(text, issuer="GHA", types=["visit"]) == expected


def test_with_to_after_the_visitor_the_country_before_is_the_visitors(ex):
    assert ex("The Chinese visit by Mr Wang to Kenya took place in May 2021.",
              issuer="GHA", types=["visit"]) == [("visit", ("CHN",), ("KEN",), "2021-05")]


@pytest.mark.parametrize(("text", "expected"), [
    ("They recalled the Zambian President's recent Malawi visit in March 2021.",
     [("visit", ("ZMB",), ("MWI",), "2021-03")]),
    ("Ties grew after the Kenyan Prime Minister's Japan state visit on 4 May 2021.",
     [("visit", ("KEN",), ("JPN",), "2021-05-04")]),
])
def test_a_possessive_visitor_before_the_country_visited(ex, text, expected):
    assert ex(text, issuer="GHA", types=["visit"]) == expected


def test_a_country_before_a_noun_that_is_no_visit(ex):
    assert ex("They discussed Kenya's Malawi visit programme in March 2021.",
              issuer="GHA", types=["visit"]) == []
