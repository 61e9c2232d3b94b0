"""A nominal signing with the day and place set between the noun and its document ("the
signature, on 22 May 2025 in London, of the Treaty between A and B", "the signing, in
Lisbon on 3 March, of an agreement with C") is a signing on that day (sentences of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _agreements(text: str) -> list[tuple[str, str]]:
    recs = extract_text(text, issuer="CPV", date="2025-12-30").records
    return [("+".join(r.to), r.date.start or "") for r in recs if r.type == "agreement"]


@pytest.mark.parametrize("sentence", [
    "The year will be remembered for the signature, on 22 May 2025 in Lisbon, of the Treaty "
    "between the Government of Cabo Verde and the Government of Portugal on maritime "
    "boundaries.",
    "The high point of the year was the signing, in Lisbon on 22 May, of an agreement with "
    "Portugal on maritime boundaries.",
])
def test_the_signing_takes_the_day_of_the_aside(sentence):
    assert _agreements("Annual review 2025\n\n" + sentence) == [("PRT", "2025-05-22")]


def test_a_signature_aside_naming_no_document_is_no_signing():
    text = ("Annual review 2025\n\nThe year will be remembered for the signature, on 22 May "
            "in Lisbon, of the Minister in the visitors' book of the Portuguese parliament.")
    assert _agreements(text) == []
