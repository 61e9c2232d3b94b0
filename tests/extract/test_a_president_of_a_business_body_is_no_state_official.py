"""The president of a body of business or civil society ("the President of the
Japanese Business Council", "the Vice President of the Italian Chamber of
Commerce") is no head of state: received with the envoy of the same country, the
two make one meeting. A head of state listed with another official stays a
meeting of his own (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[str]:
    recs = extract_text(text, issuer="GHA", date="2025-11-14").records
    return sorted(r.to[0] for r in recs if r.type == "meeting" and r.to)


@pytest.mark.parametrize(("text", "want"), [
    ("The President received the Japanese Ambassador, Kenji Sato, and the President of "
     "the Japanese Business Council, Ken Mori.", ["JPN"]),
    ("The Minister met the Ambassador of Italy, Marco Neri, and the Vice President of the "
     "Italian Chamber of Commerce in Ghana, Lia Conti.", ["ITA"]),
    ("On Monday the President received the French Ambassador, Paul Roux, the President "
     "of the French Employers' Association, Anne Petit, and the President of the "
     "Franco-Ghanaian Society, Luc Morel.", ["FRA"]),
])
def test_one_meeting_with_the_envoy_and_business_heads(text: str, want: list[str]) -> None:
    assert _met(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a state's president and a minister: two officials, two meetings (unchanged)
    ("The President received the Japanese Ambassador, Kenji Sato, and the President of "
     "Japan, Ken Mori.", ["JPN", "JPN"]),
    # the president of a republic or of a confederation is a head of state
    ("The President received the Japanese Ambassador, Kenji Sato, and the President of "
     "the Swiss Confederation, Anna Weber.", ["CHE", "JPN"]),
    ("The President received the President of the Republic of Kenya on Monday.", ["KEN"]),
])
def test_heads_of_state_stay_officials(text: str, want: list[str]) -> None:
    assert _met(text) == want
