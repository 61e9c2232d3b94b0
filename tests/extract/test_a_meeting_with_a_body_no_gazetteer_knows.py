"""A meeting "with" a body named in capitals that no gazetteer knows ("The first meeting
was with the Coalition of Small Coastal States (CSCS)", "met with the Ocean Leaders
Caucus") is no meeting with the country of the trip or the partner told before; an
official met there ("the Foreign Minister", "the Cabinet Secretary") still is one
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_TRIP = "The Minister travelled to Nairobi, Kenya, on 26 August. "


def _meetings(text: str) -> list[tuple[str, ...]]:
    recs = extract_text(_TRIP + text, issuer="SLB", date="2024-08-28").records
    return [tuple(r.to) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize("text", [
    "The first meeting was with the Coalition of Small Coastal States (CSCS).",
    "She met with the Coalition of Small Coastal States.",
    "On the second day she met with the Ocean Leaders Caucus.",
    "Her first meeting was with the Pacific Rim Island Network.",
    "The Minister then held talks with the Indian Ocean Fisheries Group (IOFG).",
])
def test_no_meeting_with_the_host(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize("text", [
    "The first meeting was with the Kenyan Foreign Minister.",
    "She met with the Foreign Minister (CS).",
    "She held talks with the Cabinet Secretary.",
])
def test_an_official_met_is_the_hosts(text: str) -> None:
    assert _meetings(text) == [("KEN",)]
