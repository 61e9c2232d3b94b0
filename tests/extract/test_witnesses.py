"""Those who witness a signing are no parties to it; the organisation that is
a party is kept (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _agreements(text: str, issuer: str, date: str = "2023-07-20"):
    recs = extract_text(text, issuer=issuer, date=date).records
    return sorted((tuple(r.to), tuple(r.organizations)) for r in recs if r.type == "agreement")


@pytest.mark.parametrize("text", [
    "The memorandum between Rwanda and the African Union was signed in Kigali on 3 July in "
    "the presence of the President of France.",
    "On 3 July Rwanda and the African Union signed a memorandum in Kigali, in the presence of "
    "the Prime Minister of Belgium and the President of France.",
    "A memorandum between Rwanda and the African Union was signed in Kigali on 3 July, "
    "witnessed by the President of France.",
])
def test_a_witness_of_the_signing_is_no_party(text):
    assert _agreements(text, "RWA") == [((), ("AU",))]


def test_witnesses_before_the_signing_are_no_parties():
    text = ("On 3 July the Presidents of Kenya and Uganda witnessed the signing of a protocol "
            "between Rwanda and Tanzania on rail transport.")
    assert _agreements(text, "RWA") == [(("TZA",), ())]


@pytest.mark.parametrize("text", [
    "On 3 July the Minister and the Foreign Minister of Ghana signed a protocol on visas "
    "in Kigali.",
    "On 3 July the Minister signed with her Ghanaian counterpart, in the presence of the "
    "press, a protocol on visas.",
])
def test_the_parties_of_a_signing_without_witnesses_are_kept(text):
    assert _agreements(text, "RWA") == [(("GHA",), ())]
