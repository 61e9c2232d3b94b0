"""A unilateral act signed (a decree, an order, a law, a bill, a regulation), whatever
country or treaty it names, is no agreement with anyone; a document signed with a
partner still is one (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize("text", [
    "The Minister signed a decree appointing new ambassadors to Spain and Italy.",
    "The President has signed an order on Ghana's accession to the convention with Norway.",
    "On Friday the President signed a law ratifying the investment treaty with Japan.",
    "President Akufo-Addo signed an executive order on visas for citizens of Brazil.",
    "A decree was signed on 1 March to open an embassy in Chile.",
])
def test_an_act_signed_is_no_agreement(ex, text):
    assert ex(text, issuer="GHA", date=_DAY, types=["agreement"]) == []


@pytest.mark.parametrize(("text", "partner"), [
    ("Ghana and Japan signed an agreement on investment on 1 March.", "JPN"),
    ("The Minister signed with her Chilean counterpart a memorandum on consular matters.",
     "CHL"),
])
def test_a_document_signed_with_a_partner_is_one(ex, text, partner):
    assert [g[2] for g in ex(text, issuer="GHA", date=_DAY, types=["agreement"])] == [
        (partner,)]
