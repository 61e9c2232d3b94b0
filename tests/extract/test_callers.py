"""Who called whom: the caller goes first (``countries.from``), the issuer's
side when the text does not say (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str) -> list[tuple[list[str], list[str]]]:
    return [(r.from_, r.to) for r in extract_text(text, issuer="ESP", date="2024-05-06").records
            if r.type == "call"]


@pytest.mark.parametrize(("text", "other"), [
    ("On 4 May the Minister was called by her Polish counterpart.", "POL"),
    ("The Minister took a call from the Foreign Minister of Qatar on the situation in Gaza.",
     "QAT"),
    ("The Foreign Minister of Brazil phoned Minister Ruiz to discuss trade.", "BRA"),
    ("Minister Ruiz received a phone call on Tuesday from US Secretary of State Antony "
     "Blinken.", "USA"),
    ("Minister Ruiz received a telephone call from her Greek counterpart.", "GRC"),
    ("At the initiative of the Turkish side, a phone call was held between the foreign "
     "ministers of Spain and Turkey.", "TUR"),
    ("The Minister was phoned by the Foreign Minister of Kenya on Friday.", "KEN"),
])
def test_a_call_the_other_side_placed_starts_from_it(text, other):
    assert _calls(text) == [([other], ["ESP"])]


@pytest.mark.parametrize(("text", "other"), [
    ("Minister Ruiz phoned the Foreign Minister of Brazil to discuss trade.", "BRA"),
    ("The Minister made a phone call to her Danish counterpart.", "DNK"),
    ("Minister Ruiz held a telephone conversation with the Foreign Minister of Chile.", "CHL"),
    ("The Minister spoke by phone with her Italian counterpart on Monday.", "ITA"),
])
def test_a_call_the_issuer_placed_or_left_unsaid_starts_from_the_issuer(text, other):
    assert _calls(text) == [(["ESP"], [other])]
