"""A guest received "on a state visit in May": the month after "in" is the visit's time,
not a place the trip went to, so the guest is the visitor and we the host (it was read
as our own visit to the guest's country, by a headline's "on working visit in B" and by
a trip to a region named after "in"). A second guest with the visit's noun left out ("and
B on an official one in September") is B's own visit to us, and B is no host of the first
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _visits(text: str, issuer: str = "LVA", date: str = "2023") -> list[tuple]:
    return sorted(records(text, issuer, {"visit"}, date=date))


@pytest.mark.parametrize("text", [
    "The Minister received the President of Finland on a state visit in May.",
    "The Minister received the Finnish President on an official visit in May.",
    "In 2023, Latvia received the President of Finland on a state visit in May.",
    "Riga welcomed the President of Finland on a state visit in May 2023.",
    "The Prime Minister hosted President Stubb of Finland, who came on a working visit "
    "in early May.",
])
def test_the_guest_on_a_visit_in_a_month_is_the_visitor(text: str) -> None:
    assert _visits(text) == [("visit", ("FIN",), ("LVA",), "2023-05")]


@pytest.mark.parametrize("text, expected", [
    # a place after "in": still the guest's visit, to where it says
    ("The Minister received the President of Finland on a state visit in Riga.",
     [("visit", ("FIN",), ("LVA",), "2023")]),
    # our own trip to a region, a place after "in": the side met there is its host
    ("During her visit to South America in May, the Minister met the Foreign Minister of "
     "Chile.", [("visit", ("LVA",), ("CHL",), "2023-05")]),
    # a headline's bare "on ... visit in" a place still reads its visitor
    ("Minister on working visit in Finland.", [("visit", ("LVA",), ("FIN",), "2023")]),
])
def test_a_place_after_in_is_still_the_host(text: str, expected: list) -> None:
    assert _visits(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In 2023, Latvia received the President of Finland on a state visit in May and the "
     "Prime Minister of Lithuania on an official one in September.",
     [("visit", ("FIN",), ("LVA",), "2023-05"), ("visit", ("LTU",), ("LVA",), "2023-09")]),
    ("The President of Finland came on a state visit in May, and the Chancellor of "
     "Austria on a working one in October.",
     [("visit", ("AUT",), ("LVA",), "2023-10"), ("visit", ("FIN",), ("LVA",), "2023-05")]),
    ("The Minister welcomed the King of Sweden on a state visit and the President of Italy "
     "on an official one.",
     [("visit", ("ITA",), ("LVA",), "2023"), ("visit", ("SWE",), ("LVA",), "2023")]),
    ("The Prime Minister of Estonia came to Riga on an official visit in March and the "
     "President of Poland on a working one in June.",
     [("visit", ("EST",), ("LVA",), "2023-03"), ("visit", ("POL",), ("LVA",), "2023-06")]),
])
def test_a_second_guest_on_an_elided_visit_is_its_own_visitor(text: str,
                                                               expected: list) -> None:
    assert _visits(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # our own second trip, the noun left out: unchanged
    ("The Minister paid an official visit to Finland in May and a working one to Austria "
     "in October.",
     [("visit", ("LVA",), ("AUT",), "2023-10"), ("visit", ("LVA",), ("FIN",), "2023-05")]),
    # "one-day" is the kind of a visit, no elided noun
    ("The Minister was on a working one-day visit to Finland in May.",
     [("visit", ("LVA",), ("FIN",), "2023-05")]),
])
def test_near_misses_keep_their_readings(text: str, expected: list) -> None:
    assert _visits(text) == expected
