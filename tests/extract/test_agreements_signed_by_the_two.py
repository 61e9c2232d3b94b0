"""An agreement after another verb of the same sentence, signed by "the two" (or
"both leaders") of the clause before, is an agreement with that clause's partner on
its day, in a review too, where partners are otherwise not carried (sentences of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_REVIEW = "Review of the year 2024\n\nIn the year under review the Ministry was active.\n\n"


def _agreements(text: str, date: str = "2024") -> list[tuple[tuple[str, ...], str | None]]:
    return [(tuple(r.to), r.date.start)
            for r in extract_text(text, issuer="BHS", date=date).records
            if r.type == "agreement"]


@pytest.mark.parametrize("text", [
    "He held talks with his Ghanaian counterpart in Accra on 12 March, and the two signed an "
    "agreement on visa waiver.",
    "On 12 March the Minister received the Foreign Minister of Ghana, and both ministers "
    "then signed a memorandum on consular cooperation.",
    "The Prime Minister met the President of Ghana in Accra on 12 March, after which the "
    "two leaders signed a joint declaration on climate finance.",
    "In Accra on 12 March the Minister met her Ghanaian counterpart, and the two sides also "
    "signed a protocol on tourism.",
])
@pytest.mark.parametrize("review", [True, False])
def test_the_two_of_the_clause_before_signed(text, review):
    got = _agreements(_REVIEW + text if review else text, "2024" if review else "2024-03-15")
    assert got == [(("GHA",), "2024-03-12")]


@pytest.mark.parametrize("text", [
    # the signing is someone else's
    "He held talks with his Ghanaian counterpart in Accra on 12 March, and the Ministry "
    "later signed a lease for its new embassy building.",
    # "two" counts documents, no subject
    "He held talks with his Ghanaian counterpart in Accra on 12 March; two agreements are "
    "still under negotiation.",
])
def test_no_agreement_without_the_two_signing(text):
    assert _agreements(_REVIEW + text) == []
