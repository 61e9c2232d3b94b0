"""A meeting told on in a relative clause on the one met ("received Ms A, who presented
her Letters of Credence as the new Ambassador of B", "met Ms C, who held talks with him
as the Foreign Minister of D"): one meeting, not a second one for the title the clause
gives. A clause that names another side still tells its own (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[list[str]]:
    return [r.to for r in extract_text(text, issuer="FJI", date="2025-04-10").records
            if r.type == "meeting"]


@pytest.mark.parametrize(("text", "to"), [
    ("The President received Ms Anne Roux, who presented her Letters of Credence as the new "
     "Ambassador of France.", "FRA"),
    ("The Minister met Ms Ana Sousa, who held talks with him as the Foreign Minister of "
     "Chile.", "CHL"),
    ("The Prime Minister today received Mr Ken Ito, who also paid a farewell call as the "
     "outgoing Ambassador of Japan.", "JPN"),
    ("On Monday the President received Mr Pablo Rojas, who then presented his credentials as "
     "Ambassador of Chile.", "CHL"),
])
def test_one_meeting(text, to):
    assert _meetings(text) == [[to]]


def test_another_side_in_the_clause_is_its_own_meeting():
    text = ("The Minister received the Ambassador of Peru, who was followed by the "
            "Ambassador of Chile, and later held talks with the Foreign Minister of Japan.")
    assert ["JPN"] in _meetings(text) and ["PER"] in _meetings(text)
