"""A signing told with the noun "signature" ("put their signatures to a working
holiday arrangement", "affixed her signature on the protocol", "placed their
signatures under a joint declaration"): an agreement; signatures under a petition
are none (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "day"), [
    ("The Minister and the Foreign Minister of New Zealand put their signatures to a "
     "working holiday arrangement on 11 March.", "2025-03-11"),
    ("The Minister affixed her signature on the protocol with the Foreign Minister of New "
     "Zealand on Monday.", "2025-03-10"),
    ("The Minister and her New Zealand counterpart placed their signatures under a joint "
     "declaration on Tuesday.", "2025-03-11"),
])
def test_signatures_put_to_a_document_are_a_signing(ex, text, day):
    got = ex(text, issuer="GEO", date="2025-03-12", types=["agreement"])
    assert got == [("agreement", ("GEO",), ("NZL",), day)]


@pytest.mark.parametrize("text", [
    "Over 300 citizens of New Zealand put their signatures to a petition.",
    "The Minister put his signature to the book of condolences at the New Zealand embassy.",
])
def test_signatures_on_no_document_of_the_sides_are_no_signing(ex, text):
    assert ex(text, issuer="GEO", date="2025-03-12", types=["agreement"]) == []
