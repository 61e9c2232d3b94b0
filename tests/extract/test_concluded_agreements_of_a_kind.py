"""Agreements concluded with a kind named before the noun ("concluded trade agreements
with Chile and Peru", "concluded visa waiver agreements with A and B") and a pact
concluded ("concluded a security pact"): an agreement with each partner; "concluded that
..." and agreements concluded earlier are none (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


@pytest.mark.parametrize("text", [
    "In May, the Minister concluded trade agreements with Chile and Peru.",
    "In May, Kazakhstan concluded visa waiver agreements with Chile and Peru.",
    "In May, the two ministries concluded cultural cooperation agreements with Chile and "
    "Peru.",
    "In May, the Government concluded air services agreements with Chile and Peru.",
])
def test_agreements_of_a_kind_concluded(text: str) -> None:
    assert records(text, "KAZ", {"agreement"}, date="2023") == [
        ("agreement", ("KAZ",), ("CHL",), "2023-05"), ("agreement", ("KAZ",), ("PER",), "2023-05")]


def test_a_pact_concluded() -> None:
    assert records("Kazakhstan and Turkey concluded a security pact in June.", "KAZ",
                   {"agreement"}, date="2023") == [("agreement", ("KAZ",), ("TUR",), "2023-06")]


@pytest.mark.parametrize("text", [
    "The Minister concluded that trade agreements with Chile were working well.",
    "The Minister welcomed the recently concluded trade agreements with Chile.",
])
def test_no_agreement_concluded_now(text: str) -> None:
    assert records(text, "KAZ", {"agreement"}, date="2023") == []
