"""A signing told by a noun ("the conclusion of multiple agreements", "the signing
of two agreements") is an agreement when it is told as done; when it is what the
sides discussed, called for, urged or prepared, no agreement was signed (texts
of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

LEAD = "On 3 May, the Foreign Minister welcomed her Kenyan counterpart to Lisbon. "


def _agreements(text: str) -> list[list[str]]:
    recs = extract_text(LEAD + text, issuer="PRT", date="2025-05-04").records
    return [r.to for r in recs if r.type == "agreement"]


@pytest.mark.parametrize("text", [
    "The conclusion of multiple agreements, she said, shows the strength of the partnership.",
    "The visit saw the conclusion of numerous agreements on trade and culture.",
    "The two ministers then proceeded to the signing of two agreements on visas.",
])
def test_a_signing_told_as_done(text: str) -> None:
    assert _agreements(text) == [["KEN"]]


@pytest.mark.parametrize("text", [
    "Both ministers called for the conclusion of several agreements in the coming year.",
    "They discussed the signing of two agreements on trade.",
    "The ministers urged the speedy conclusion of an agreement on air services.",
    "The talks prepared the signing of a memorandum on fisheries.",
    "The two sides are working towards the conclusion of a trade agreement.",
])
def test_a_signing_sought_is_no_agreement(text: str) -> None:
    assert _agreements(text) == []
