"""Delegations led in the plural ("led delegations to India and Nepal in March", "headed
delegations to Chile, Peru and Bolivia"): a trip to each country, as "led a delegation
to"; delegations received are meetings, no trip of ours (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


@pytest.mark.parametrize("text", [
    "The Minister led delegations to India and Nepal in March.",
    "In March the State Secretary headed delegations to India and Nepal.",
    "The Deputy Minister was leading government delegations to India and Nepal in March.",
    "In March, our Minister led official delegations to India and Nepal.",
])
def test_a_trip_to_each_country(text: str) -> None:
    assert records(text, "JPN", {"visit"}, date="2022") == [
        ("visit", ("JPN",), ("IND",), "2022-03"), ("visit", ("JPN",), ("NPL",), "2022-03")]


def test_delegations_received_are_no_trip_of_ours() -> None:
    assert records("The Minister received delegations from India and Nepal.", "JPN",
                   {"visit"}, date="2022") == []
