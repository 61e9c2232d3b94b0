"""A trip to the city where an organisation sits, after the text told a session of
that organisation, is also a visit to the organisation."""

from __future__ import annotations

import pytest

SESSION = ("Riga, 4 December 2023\n\n"
           "On 3 and 4 December the Minister is taking part in the meeting of NATO foreign "
           "ministers at NATO Headquarters in Brussels.\n\n")


@pytest.mark.parametrize("trip", [
    "Before leaving for Brussels, on Monday the Minister received the Ambassador of Chile.",
    "The Minister travelled to Brussels on Sunday evening.",
    "On Sunday the Minister flew to Brussels.",
])
def test_a_trip_to_the_seat_after_its_session_visits_the_organisation(trip):
    from communique.extract import extract_text
    res = extract_text(SESSION + trip, issuer="LVA")
    visits = [(tuple(r.to), tuple(r.organizations)) for r in res.records if r.type == "visit"]
    assert ((), ("NATO",)) in visits


def test_a_trip_to_brussels_with_no_session_told_is_only_belgium():
    from communique.extract import extract_text
    res = extract_text("Riga, 4 December 2023\n\nThe Minister travelled to Brussels on Sunday "
                       "for talks with the Belgian Foreign Minister.", issuer="LVA")
    visits = [(tuple(r.to), tuple(r.organizations)) for r in res.records if r.type == "visit"]
    assert visits == [(("BEL",), ())]
