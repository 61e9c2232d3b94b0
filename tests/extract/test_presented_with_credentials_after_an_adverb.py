"""The official presented with an envoy's papers, an adverb between ("was today presented
with a copy of the credentials of", "were also presented with the Letters of Commission
of"): a meeting with the envoy's country, as with no adverb already (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return [(r.to, r.date.start)
            for r in extract_text(text, issuer="BRN", date="2025-06-12").records
            if r.type == "meeting"]


@pytest.mark.parametrize(("text", "to"), [
    ("The Minister of Foreign Affairs II was today presented with a copy of the credentials "
     "of India's High Commissioner-designate.", "IND"),
    ("The Permanent Secretary was also presented with the copies of the credentials of the "
     "Ambassador-designate of Chile today.", "CHL"),
    ("The Minister was formally presented with a copy of the Letters of Credence by the new "
     "Ambassador of Peru today.", "PER"),
    ("The Minister was presented with a copy of the credentials of the Ambassador-designate "
     "of Peru today.", "PER"),
])
def test_the_envoy_met(text, to):
    assert _meetings(text) == [([to], "2025-06-12")]


@pytest.mark.parametrize("text", [
    "The Minister was today presented with an award by the University of Brunei.",
    "The Minister was today presented with the annual report of the Ministry.",
])
def test_no_envoy(text):
    assert _meetings(text) == []
