"""A list of those met that goes on past ", and" to the occasion ("met Senator the Hon. A,
Minister of X, and the Hon. B, Minister of Y, on the margins of the Summit") is one
clause: "on the margins of" is no predicate, and B is met too. A clause with a verb of
its own after ", and" ("and the Foreign Minister of Y was on the sidelines") still names
no one met (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[str]:
    recs = extract_text(text, issuer="ATG", date="2023-07-04").records
    return sorted(r.to[0] for r in recs if r.type == "meeting" and r.to)


@pytest.mark.parametrize(("text", "met"), [
    ("Minister Browne met Senator the Hon. Kerrie Symmonds, Minister of Foreign Affairs of "
     "Barbados, and the Hon. Fred Mitchell, Minister of Foreign Affairs of The Bahamas, on "
     "the margins of the CARICOM Heads of Government Conference on 4 July 2023.",
     ["BHS", "BRB"]),
    ("The Prime Minister met the President of Guyana, and the Foreign Minister of Jamaica, "
     "on the sidelines of the summit.", ["GUY", "JAM"]),
])
def test_the_list_goes_on(text: str, met: list[str]) -> None:
    assert _met(text) == met


@pytest.mark.parametrize(("text", "met"), [
    ("The Prime Minister met the President of Guyana, and the Foreign Minister of Jamaica "
     "was on the sidelines of the summit.", ["GUY"]),
    ("The Minister met the Foreign Minister of Barbados, and on the margins of the Summit "
     "the Prime Minister received the Ambassador of Chile.", ["BRB", "CHL"]),
])
def test_a_clause_of_its_own(text: str, met: list[str]) -> None:
    assert _met(text) == met
