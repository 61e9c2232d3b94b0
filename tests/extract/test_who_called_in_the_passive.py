"""A call told in the passive has its caller after "by", whichever side that is: "A
phone call was made by the President of Poland to the President of Brazil" and "The
President of Brazil was called by the Polish President" are Poland's calls (they were
read as Brazil's); "was phoned by Minister A" after a foreign callee is the issuer's
official calling; a foreign side after "by" still calls (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="POL", date="2025-06-12").records
    return [(r.from_, r.to, r.date.start) for r in recs if r.type == "call"]


@pytest.mark.parametrize("text", [
    "A phone call was made by the President of Poland to the President of Brazil on 11 "
    "June.",
    "The President of Brazil was called by the Polish President on 11 June.",
    "The Foreign Minister of Brazil was phoned by Minister Nowak on 11 June.",
    "A telephone call was placed on 11 June by the Prime Minister of Poland to the "
    "Brazilian President.",
])
def test_ours(text: str) -> None:
    assert _calls(text) == [(["POL"], ["BRA"], "2025-06-11")]


@pytest.mark.parametrize("text", [
    "The Minister was called by her Brazilian counterpart on 11 June.",
    "A phone call was made by the President of Brazil to President Nowak on 11 June.",
    "The Minister was called on 11 June by the Foreign Minister of Brazil.",
    "A telephone call was placed on 11 June by the Foreign Minister of Brazil to the "
    "Minister.",
])
def test_theirs(text: str) -> None:
    assert _calls(text) == [(["BRA"], ["POL"], "2025-06-11")]
