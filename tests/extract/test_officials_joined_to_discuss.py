"""The issuer's officials who "joined" a foreign official "to discuss" something or
"for talks" met that official ("A and B joined General C, Commander of the U.S.
Southern Command, and D to discuss ..."); joining someone at a summit or in a
body's session is no meeting of its own (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "St. George's, 20 March 2023 - "


@pytest.mark.parametrize(("text", "partner"), [
    ("On March 18th, 2023, Prime Minister Keith Mitchell and the Honorable Peter David, "
     "Minister of Foreign Affairs, joined General Mark Doe, Commander of the U.S. Southern "
     "Command, and Jane Roe of the U.S. Embassy, to discuss items of mutual interest.", "USA"),
    ("On 18 March the Prime Minister joined the Foreign Minister of Canada for talks on "
     "trade and fisheries.", "CAN"),
    ("The Minister of Foreign Affairs on 18 March joined Ambassador Ana Lopez of Mexico to "
     "review the cooperation programme.", "MEX"),
])
def test_joined_to_talk_is_a_meeting(ex, text, partner):
    got = ex(_LEAD + text, issuer="GRD", date="2023-03-20", types=["meeting"])
    assert [g[:4] for g in got] == [("meeting", ("GRD",), (partner,), "2023-03-18")]


@pytest.mark.parametrize("text", [
    "On 18 March the Minister joined President Gabriel Boric of Chile at the summit to "
    "discuss climate finance.",
    "On 18 March the Minister joined the Foreign Ministers of the region in the council "
    "session to discuss climate finance.",
])
def test_joined_at_a_gathering_is_no_meeting(ex, text):
    got = ex(_LEAD + text, issuer="GRD", date="2023-03-20", types=["meeting"])
    assert got == []
