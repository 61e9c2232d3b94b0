"""Talks named by the two sides' pair and told held by a participle ("led the delegation
of Rwanda to the Rwanda-Burundi bilateral talks held in Kigali", "attended the A-B talks
held in C") are a bilateral meeting, not a session attended; talks "to be held" or "held
in the coming weeks" are still a plan (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _got(text: str) -> list[tuple[str, list[str], list[str]]]:
    recs = extract_text(text, issuer="RWA", date="2023-10-09").records
    return [(r.type, r.from_, r.to) for r in recs]


@pytest.mark.parametrize("text", [
    "The Minister of State in the Ministry of Foreign Affairs led the delegation of Rwanda "
    "to the Rwanda-Burundi bilateral talks held in Kigali on 9 October 2023.",
    "The Minister attended the Rwanda-Burundi talks held in Kigali on 9 October.",
])
def test_a_bilateral_meeting(text: str) -> None:
    assert _got(text) == [("meeting", ["RWA"], ["BDI"])]


@pytest.mark.parametrize("text", [
    "The Ministers discussed preparations for the Rwanda-Burundi talks to be held in Kigali.",
    "The Rwanda-Burundi talks held in the coming weeks will focus on trade.",
])
def test_a_plan_is_no_meeting(text: str) -> None:
    assert [g for g in _got(text) if g[0] == "meeting"] == []
