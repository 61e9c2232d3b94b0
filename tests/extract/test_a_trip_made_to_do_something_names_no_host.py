"""A trip told with its purpose by "to" and a verb ("made the trip to thank the
Government of Kenya", "to personally convey the condolences of Thailand to Nepal") names
no host after that "to": the countries in the purpose are no destination, and the trip
told before stays one visit (sentences of our own). "a trip to Kenya", "a trip to
neighbouring countries ... in Laos", "to both countries, A and B" still name hosts."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    recs = extract_text(text, issuer="THA", date="2025-03-06").records
    return sorted((tuple(r.from_), tuple(r.to)) for r in recs if r.type == "visit")


@pytest.mark.parametrize("text", [
    "The Minister visited Kenya on 2 March. The Minister made the trip to express Thailand's "
    "thanks to the Kenyan Government for its help.",
    "The Minister visited Kenya on 2 March. She made the trip to thank the Government of "
    "Kenya for its help.",
    "The Minister visited Kenya on 2 March; she made the trip to thank Kenya for its support.",
    "The Minister visited Kenya on 2 March. The trip to officially open the Thai pavilion in "
    "Nairobi was her first.",
])
def test_the_trip_told_before_only(text: str) -> None:
    assert _visits(text) == [(("THA",), ("KEN",))]


def test_no_visit_from_the_purpose_alone() -> None:
    assert _visits("The Prime Minister made the trip to personally convey the condolences "
                   "of Thailand to the people of Nepal.") == []


@pytest.mark.parametrize("text, hosts", [
    ("The Minister made a trip to Kenya on 2 March.", ["KEN"]),
    ("The Minister's trip to neighbouring countries began on 2 March in Laos.", ["LAO"]),
    ("On 2 March the Minister began a trip to both countries, Laos and Cambodia.",
     ["KHM", "LAO"]),
])
def test_hosts_after_to_stay(text: str, hosts: list[str]) -> None:
    assert _visits(text) == [(("THA",), (h,)) for h in hosts]
