"""Consultations named as what a document told in the passive was signed for ("A
memorandum was also signed on political consultations between the two ministries",
"an agreement has been concluded establishing annual consultations") are the
document's subject, not a round held: an agreement, no consultation (sentences of
our own)."""

from __future__ import annotations

import pytest

_HEAD = "Nairobi, 12 June 2024\n\n"


@pytest.mark.parametrize("sentence", [
    "Memoranda of Understanding were also signed for political consultations between "
    "the foreign ministries of Kenya and Uruguay.",
    "An agreement has been signed between Kenya and Uruguay establishing annual "
    "consultations of their foreign ministries.",
    "The memorandum was signed on regular political consultations between "
    "Uruguay and Kenya.",
    "Memoranda were signed by Kenya and Uruguay to establish consultations between the "
    "two ministries.",
])
def test_the_document_is_signed_not_the_round_held(ex, sentence):
    got = ex(_HEAD + sentence, issuer="KEN", date="2024-06-12",
             types=["consultation", "agreement"])
    assert got == [("agreement", ("KEN",), ("URY",), "2024-06-12")]


def test_a_round_held_after_a_document_signed_is_one(ex):
    text = _HEAD + ("The memorandum was signed in the morning, and political consultations "
                    "between Kenya and Uruguay were held in the afternoon.")
    got = ex(text, issuer="KEN", date="2024-06-12", types=["consultation"])
    assert got == [("consultation", ("KEN",), ("URY",), "2024-06-12")]


@pytest.mark.parametrize("sentence", [
    "Memoranda were inked by Kenya and Uruguay for holding consultations between the two "
    "ministries.",
    "An agreement was inked on political consultations between Kenya and Uruguay.",
    "Kenya and Uruguay also inked an agreement between their foreign ministries for "
    "holding regular consultations.",
])
def test_a_document_inked_for_consultations_is_no_round(ex, sentence):
    got = ex(_HEAD + sentence, issuer="KEN", date="2024-06-12",
             types=["consultation", "agreement"])
    assert got == [("agreement", ("KEN",), ("URY",), "2024-06-12")]


def test_a_round_held_after_a_document_inked_is_one(ex):
    text = _HEAD + ("A protocol was inked in the morning, and political consultations "
                    "between Kenya and Uruguay were held in the afternoon.")
    got = ex(text, issuer="KEN", date="2024-06-12", types=["consultation"])
    assert got == [("consultation", ("KEN",), ("URY",), "2024-06-12")]
