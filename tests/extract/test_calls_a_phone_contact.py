"""One "phone contact" made, had or received is a call ("made a phone contact
with", "received a telephone contact from", "In a brief phone contact with");
being or staying in phone contact, or contacts in general, is none (texts of our
own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, partner", [
    ("Foreign Minister Ali Noor on Sunday made a phone contact with US Secretary of "
     "State John Doe.", "USA"),
    ("The Minister received a telephone contact from his Jordanian counterpart.", "JOR"),
    ("In a brief phone contact with the Foreign Minister of Oman, the Minister discussed "
     "the crisis.", "OMN"),
    ("The Foreign Minister had a telephone contact with his Greek counterpart Nikos "
     "Dendias on Tuesday.", "GRC"),
])
def test_a_phone_contact_is_a_call(ex, text, partner):
    got = ex(text, issuer="EGY", date="2024-04-15")
    assert [r[2] for r in got if r[0] == "call"] == [(partner,)]
    assert not [r for r in got if r[0] == "meeting"]


@pytest.mark.parametrize("text", [
    "The Minister remained in phone contact with his Jordanian counterpart.",
    "Phone contacts with Jordan and Oman continued throughout the month.",
    "The embassy gave a phone contact for citizens in Oman.",
])
def test_phone_contact_in_general_is_no_call(ex, text):
    got = ex(text, issuer="EGY", date="2024-04-15")
    assert not [r for r in got if r[0] == "call"]
