"""Delegations welcomed in the plural, with or without an article or a count
("welcomed two separate senior delegations from A and the African Union",
"welcomed delegations from A and B") are one meeting with each party, an
organisation among them a party of its own (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "parties"), [
    ("The Government of Kenya on Monday welcomed two separate senior delegations from the "
     "Republic of Uganda and the African Union for official visits.",
     [(), ("UGA",)]),
    ("Kenya on Monday welcomed delegations from Uganda and the European Union.",
     [(), ("UGA",)]),
    ("Kenya on Monday welcomed delegations from Uganda and Tanzania for working visits.",
     [("TZA",), ("UGA",)]),
])
def test_plural_delegations_are_a_meeting_with_each(ex, text, parties):
    got = ex(text, issuer="KEN", date="2024-03-06", types=["meeting"])
    assert [g[2] for g in got] == parties


def test_an_organisation_beside_one_country_in_a_singular_is_not_split(ex):
    text = "Kenya on Monday welcomed a delegation from Uganda and the African Union."
    got = ex(text, issuer="KEN", date="2024-03-06", types=["meeting"])
    assert [g[2] for g in got] == [("UGA",)]


def test_delegations_with_no_one_received_are_no_meeting(ex):
    text = "Kenya on Monday sent delegations to Uganda and the African Union."
    assert ex(text, issuer="KEN", date="2024-03-06", types=["meeting"]) == []
