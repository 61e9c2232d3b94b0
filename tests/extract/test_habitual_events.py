"""What someone does by habit ("the Minister has traditionally met the Speaker at the
end of such visits", "usually travels to Brussels in June") is no event; the same
verbs of one occasion still are (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,typ", [
    ("At the end of each visit to Washington, the Minister has traditionally met the "
     "Secretary of State.", "meeting"),
    ("The Prime Minister usually travels to Brussels in June for the summit.", "visit"),
    ("The Foreign Ministers of the two countries have customarily held consultations in "
     "December.", "consultation"),
    ("The President of Chile routinely receives the Ambassador of Peru before the summit.",
     "meeting"),
    ("The Minister has regularly met her Polish counterpart since 2019.", "meeting"),
])
def test_a_habit_is_no_event(ex, text, typ):
    assert ex(text, issuer="SVK", date="2024-03-06", types={typ}) == []


@pytest.mark.parametrize("text,typ", [
    # must still fire: one occasion
    ("At the end of his visit to Washington on Monday, the Minister met the Secretary of "
     "State.", "meeting"),
    ("As is the tradition, the Prime Minister travelled to Brussels on Monday.", "visit"),
])
def test_one_occasion_is_still_an_event(ex, text, typ):
    assert ex(text, issuer="SVK", date="2024-03-06", types={typ})
