"""A visit named as a noun with its guest after the place and the day ("the visit
to Tbilisi on 11 March of the Minister of Foreign Affairs of Chile stands out"):
that country's visit to the issuer (sentences of our own)."""

from __future__ import annotations

import pytest

_HEAD = ("Tbilisi, 29 December 2023\n"
         "The year 2023 closes with an intense agenda for Georgian diplomacy.\n")


@pytest.mark.parametrize(("text", "guest", "day"), [
    ("Among the bilateral highlights, the visit to Tbilisi on 11 March of the Minister "
     "of Foreign Affairs of Chile, Alberto van Klaveren, stands out.", "CHL", "2023-03-11"),
    ("Of the year's bilateral events, the visit to Batumi on 4 June of the Foreign "
     "Minister of Ecuador deserves mention.", "ECU", "2023-06-04"),
    ("The official visit to Georgia in October of the Prime Minister of Armenia opened "
     "a new chapter.", "ARM", "2023-10"),
])
def test_the_guest_named_after_the_place_is_the_visitor(ex, text, guest, day):
    got = ex(_HEAD + text, date="2023-12-29", types=["visit"])
    assert got == [("visit", (guest,), ("GEO",), day)]


def test_the_issuers_own_visit_with_no_foreign_guest_after(ex):
    text = "The visit to Chile in March of the Minister was a highlight of the year."
    got = ex(_HEAD + text, date="2023-12-29", types=["visit"])
    assert got == [("visit", ("GEO",), ("CHL",), "2023-03")]


def test_an_on_that_occasion_signing_takes_the_day_of_that_visit(ex):
    text = ("Among the bilateral highlights, the visit to Tbilisi on 11 March of the "
            "Minister of Foreign Affairs of Chile stands out. On that occasion, the Minister "
            "and his Chilean counterpart signed an agreement on working holidays.")
    got = ex(_HEAD + text, date="2023-12-29", types=["agreement"])
    assert got == [("agreement", ("GEO",), ("CHL",), "2023-03-11")]


def test_a_framework_after_the_place_names_no_guest(ex):
    text = ("During the visit to Paris in the framework of the French-Georgian Year of "
            "Culture, the Minister opened an exhibition.")
    got = ex(_HEAD + text, date="2023-12-29", types=["visit"])
    assert [(g[0], g[1], g[2]) for g in got] == [("visit", ("GEO",), ("FRA",))]
