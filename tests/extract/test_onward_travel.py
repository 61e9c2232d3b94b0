"""The guest's onward journey ("..., before leaving for Paris") is no trip of the
issuer and no meeting with the country it goes to; a traveller's second stop
after "before leaving for" is still the traveller's (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_GUEST = "The Foreign Minister of Ghana, Mrs Ama Owusu, is on a working visit to Belgium. "


def _records(text: str, issuer: str = "BEL", date: str = "2024-09-05"):
    return sorted((r.type, tuple(r.from_), tuple(r.to))
                  for r in extract_text(text, issuer=issuer, date=date).records)


@pytest.mark.parametrize("text", [
    "Mrs Owusu was also received on Wednesday by the Prime Minister, before leaving for "
    "Paris.",
    "The guest met the Speaker of the Chamber before departing for Paris.",
    "She was later received by the King, after which she left for Paris.",
])
def test_the_guests_onward_journey_is_no_trip_of_the_issuer(text):
    recs = _records(_GUEST + text)
    assert ("visit", ("GHA",), ("BEL",)) in recs
    assert not [r for r in recs if "FRA" in r[1] + r[2]]


def test_the_host_receiving_the_guest_before_a_trip_still_travels():
    recs = _records(_GUEST + "The Minister received the guest before leaving for Paris.")
    assert ("meeting", ("BEL",), ("GHA",)) in recs
    assert ("visit", ("BEL",), ("FRA",)) in recs


@pytest.mark.parametrize(("text", "stops"), [
    ("The Minister visited Ghana on Monday before leaving for Togo.", ["GHA", "TGO"]),
    ("The Minister visited Kenya and then travelled to Uganda.", ["KEN", "UGA"]),
])
def test_the_travellers_next_stop_is_the_travellers(text, stops):
    visits = [r for r in _records(text) if r[0] == "visit"]
    assert visits == [("visit", ("BEL",), (c,)) for c in stops]
