"""A meeting someone "would be pleased to host", "stands ready to hold" or "offered to
host" is an offer, not an occasion: no record. The same words in the past of a
meeting that took place ("was pleased to host") still give it (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "On 3 May 2023 the Minister said she would be glad to host a trilateral "
    "meeting between Norway, Sweden and Finland in the autumn.",
    "Chile would be happy to host a meeting between Norway, Peru and Chile, its "
    "ambassador told the press in Oslo on 4 June 2023.",
    "On 12 March 2023 the Minister offered to host a summit meeting between Norway, "
    "Denmark and Iceland next year.",
    "On 12 March 2023 Denmark stood ready to hold consultations with Norway, the "
    "Minister said.",
    "Kenya is willing to organise talks with Norway on fisheries, its minister wrote on "
    "9 August 2023.",
])
def test_an_offer_to_host_gives_no_record(ex, text):
    assert ex(text, issuer="NOR") == []


@pytest.mark.parametrize("text, partner, day", [
    ("On 12 March 2023 the Minister was pleased to host a meeting with Denmark's Foreign "
     "Minister in Oslo.", "DNK", "2023-03-12"),
    ("The Minister was pleased to hold talks with the Foreign Minister of Kenya in Oslo "
     "on 3 May 2023.", "KEN", "2023-05-03"),
    ("On 7 July 2023 the Minister hosted a meeting with the Foreign Minister of Peru, who "
     "offered to host the next round in Lima.", "PER", "2023-07-07"),
])
def test_a_meeting_hosted_still_counts(ex, text, partner, day):
    assert ex(text, issuer="NOR", types={"meeting"}) == [("meeting", ("NOR",), (partner,), day)]
