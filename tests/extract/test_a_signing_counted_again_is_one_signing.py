"""A signing told once without a count and once with one ("ended with the two countries
signing agreements and protocols ... At the close, six agreements and protocols were
signed by the two sides", in either order) is one signing occasion with that
partner; a signing told as one more ("further witnessed the signing of", "also
signed") stays a second one (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The third session of the Chile–Peru Joint Commission ended in Lima, with the two "
    "countries signing agreements and protocols on trade and transport.\n\nThe session was "
    "preceded by a meeting of experts.\n\nAt the close of the session, six agreements and "
    "protocols were signed by the two sides.",
    "The third session of the Chile–Peru Joint Commission ended in Lima, where the two "
    "countries signed six agreements on trade and transport.\n\nThe agreements were signed "
    "by the two foreign ministers.",
])
def test_a_signing_counted_again_is_one(ex, text):
    assert ex(text, issuer="CHL", date="2022", types=["agreement"]) == [
        ("agreement", ("CHL",), ("PER",), "2022")]


def test_a_further_signing_stays_a_second_one(ex):
    text = ("On 3 May the two presidents held talks in Lima, followed by the signing of three "
            "memoranda of understanding between Chile and Peru.\n\nThe presidents further "
            "witnessed the signing of the Agreed Minutes of the 5th Session of the Chile-Peru "
            "Joint Commission.")
    assert len(ex(text, issuer="CHL", date="2022-05-03", types=["agreement"])) == 2
