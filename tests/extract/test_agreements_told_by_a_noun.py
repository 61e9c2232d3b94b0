"""A signing told without "signed": the documents exchanged before the leaders ("the
two Presidents witnessed the exchange of five agreements"), or "subscribed" (the
Spanish and Portuguese "suscribir"/"subscrever" in translation: "the ministers
subscribed a memorandum"). An exchange of views on agreements is no signing
(sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "want"), [
    ("On 14 March the two Presidents witnessed the exchange of several agreements and "
     "memoranda of understanding between Peru and Brazil.",
     [("agreement", ("PER",), ("BRA",), "2024-03-14")]),
    ("The exchange of four memoranda on fisheries and customs between Peru and Ecuador "
     "took place in the presence of both Heads of State on 2 May.",
     [("agreement", ("PER",), ("ECU",), "2024-05-02")]),
    ("After their talks on 20 June, the Prime Minister of Peru and the Chancellor of "
     "Germany looked on as their ministers completed the exchange of two protocols.",
     [("agreement", ("PER",), ("DEU",), "2024-06-20")]),
    ("On 9 September the Foreign Ministers of Peru and Chile subscribed a Memorandum of "
     "Understanding on border cooperation.",
     [("agreement", ("PER",), ("CHL",), "2024-09-09")]),
    ("A cooperation agreement on water resources was subscribed by Peru and Bolivia on "
     "30 October.",
     [("agreement", ("PER",), ("BOL",), "2024-10-30")]),
])
def test_signing_told_by_a_noun(ex, text, want):
    assert ex(text, issuer="PER", date="2024", types={"agreement"}) == want


@pytest.mark.parametrize("text", [
    "On 14 March the Ministers of Peru and Brazil held an exchange of views on the "
    "agreements in force.",
    "On 2 May Peru and Ecuador agreed to an exchange of experts under their fisheries "
    "memorandum.",
    "Peru subscribed to the declaration of the Lima Group on 4 June.",
    "The two delegations of Peru and Chile had an exchange of information on the draft "
    "agreements on 8 July.",
])
def test_no_signing(ex, text):
    assert ex(text, issuer="PER", date="2024", types={"agreement"}) == []
