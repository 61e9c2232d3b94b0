"""'visiting' before a country's short name and an office in lower case ("visiting UK
minister", "visiting US officials") describes a guest: a visit by that country to the
host, not a trip of ours to it; "is visiting UK this week" is still our trip
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    recs = extract_text(text, issuer="KHM", date="2018-08-23").records
    return [(tuple(r.from_), tuple(r.to)) for r in recs if r.type == "visit"]


@pytest.mark.parametrize("text, guest", [
    ("On Monday the Interior Minister and visiting UK minister discussed demining and "
     "education.", "GBR"),
    ("The Minister of Interior met visiting US officials at the ministry.", "USA"),
    ("Yesterday the Deputy Prime Minister hosted a lunch for visiting UK ministers.", "GBR"),
    ("The Foreign Minister and visiting US envoy discussed demining.", "USA"),
])
def test_the_guest_visits_the_issuer(text: str, guest: str) -> None:
    assert _visits(text) == [((guest,), ("KHM",))]


@pytest.mark.parametrize("text, host", [
    ("The Minister is visiting UK this week.", "GBR"),
    ("The Minister visited Kenya and met officials.", "KEN"),
])
def test_our_trip_stays(text: str, host: str) -> None:
    assert _visits(text) == [(("KHM",), (host,))]
