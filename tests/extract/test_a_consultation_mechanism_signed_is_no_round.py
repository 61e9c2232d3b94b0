"""A mechanism of consultations signed or set up ("signed the Political Consultation
Mechanism", "the signing of the Bilateral Consultations Mechanism", "established a
political consultation mechanism") is the instrument that makes the format, not a
round of consultations; a session of the mechanism still is one (sentences of our
own)."""

from __future__ import annotations

import pytest

_HEAD = "Santiago, 20 March 2024\n\n"


@pytest.mark.parametrize("sentence", [
    "Both ministers signed the Political Consultation Mechanism between Chile and Ghana.",
    "The two presidents witnessed the signing of the Bilateral Consultations Mechanism "
    "between Ghana and Chile.",
    "Chile and Ghana established a political consultation mechanism at the level of "
    "vice-ministers.",
    "On Monday the foreign ministers of Ghana and Chile set up a regular consultations "
    "mechanism between their ministries.",
])
def test_a_mechanism_signed_or_set_up_is_no_consultation(ex, sentence):
    assert ex(_HEAD + sentence, issuer="CHL", date="2024-03-20", types=["consultation"]) == []


@pytest.mark.parametrize("sentence", [
    "The first meeting of the Political Consultation Mechanism between Chile and Ghana "
    "was held in Accra on Tuesday.",
    "The second session of the Chile-Ghana Political Consultations Mechanism took place "
    "in Santiago on Tuesday.",
])
def test_a_session_of_the_mechanism_is_a_consultation(ex, sentence):
    got = ex(_HEAD + sentence, issuer="CHL", date="2024-03-20", types=["consultation"])
    assert got == [("consultation", ("CHL",), ("GHA",), "2024-03-19")]


def test_the_mechanism_signed_is_an_agreement(ex):
    text = _HEAD + ("Both ministers signed the Political Consultation Mechanism between "
                    "Chile and Ghana.")
    assert ex(text, issuer="CHL", date="2024-03-20", types=["agreement"]) == [
        ("agreement", ("CHL",), ("GHA",), "2024-03-20")]
