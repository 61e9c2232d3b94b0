"""A document named again by its participle ("The signed memorandum provides that
...", "the signed agreements cover ...") tells what it says, no second signing;
the signing itself, told with the verb, stays (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The signed declaration states that Norway, Iceland and Denmark share one view of "
    "Arctic shipping.",
    "According to the ministry, the signed memoranda cover trade between Kenya and "
    "Uganda.",
    "The signed agreement provides that citizens of Chile and Peru may travel with "
    "identity cards.",
])
def test_the_document_named_again_is_no_signing(ex, text):
    assert ex(text, issuer="NOR", types=["agreement"]) == []


def test_the_signing_told_before_it_stays_one(ex):
    got = ex("On 3 May Minister Ruiz signed a memorandum on fisheries with Ecuador. The "
             "signed memorandum provides that Ecuador and Peru share catch data.",
             issuer="PER", types=["agreement"])
    assert got == [("agreement", ("PER",), ("ECU",), "2023-05-03")]


@pytest.mark.parametrize("text", [
    "Thailand and Laos signed the new agreement on border trade on 9 June.",
    "The ministers of Thailand and Laos signed the agreement on border trade on 9 June.",
])
def test_a_signing_with_the_verb_is_read(ex, text):
    assert ex(text, issuer="THA", types=["agreement"]) == [
        ("agreement", ("THA",), ("LAO",), "2023-06-09")]
