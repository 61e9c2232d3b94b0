"""A guest hosted under a title of four words before the rank ("hosted the Sri Lankan
External Affairs Minister") is met, as with a shorter title."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


@pytest.mark.parametrize("issuer, text, partner", [
    ("IND", "The Minister hosted the Sri Lankan External Affairs Minister in New Delhi.", "LKA"),
    ("GBR", "The Foreign Secretary hosted the Sri Lankan External Affairs Minister in London.",
     "LKA"),
    ("IND", "She hosted the visiting Sri Lankan External Affairs Minister at home.", "LKA"),
    ("KEN", "The Cabinet Secretary hosted the Ugandan First Deputy Prime Minister in Nairobi.",
     "UGA"),
])
def test_hosted_guest_with_long_title_is_met(issuer: str, text: str, partner: str) -> None:
    got = records(text, issuer, CORE, date="2014")
    assert ("meeting", (issuer,), (partner,), "2014") in got, got


def test_hosted_session_is_no_meeting_with_a_guest() -> None:
    got = records("The Minister hosted the Sri Lankan External Affairs Ministers Meeting in "
                  "New Delhi.", "IND", {"meeting"}, date="2014")
    assert not [r for r in got if r[2] == ("LKA",)]
