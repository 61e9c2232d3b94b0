"""An event a text prepares the ground for ("the memorandum lays the foundation for
regular consultations between A and B", "paved the way for a visit", "creates a
framework for political consultations") has not taken place (sentences of our
own); the signing that laid the ground has."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The memorandum lays the foundation for regular consultations between Georgia and "
    "Iraq at deputy minister level.",
    "The agreement creates a legal framework for political consultations between Georgia "
    "and Chile.",
    "The talks paved the way for a visit of the President of Georgia to Mongolia.",
    "The document sets the basis for annual consultations between the foreign ministries "
    "of Georgia and Peru.",
])
def test_an_event_prepared_for_is_none(ex, text):
    assert ex(text, issuer="GEO", date="2024-03-14",
              types=["consultation", "visit", "meeting"]) == []


def test_the_signing_that_lays_the_ground_is_kept(ex):
    got = ex("On Monday the two ministers signed a memorandum that lays the foundation "
             "for regular consultations between Georgia and Iraq.", issuer="GEO",
             date="2024-03-14", types=["agreement", "consultation"])
    assert got == [("agreement", ("GEO",), ("IRQ",), "2024-03-11")]


def test_a_basis_provided_for_an_event_is_none(ex):
    # generality audit (audit3): "provides a basis for"
    assert ex("The two sides agreed that the memorandum provides a basis for annual "
              "consultations between Georgia and Peru.", issuer="GEO", date="2024-03-14",
              types=["consultation", "visit", "meeting"]) == []
