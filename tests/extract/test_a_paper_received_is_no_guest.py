"""A bare "received" with no object after it, a document named before it ("According to
a bulletin from the Embassy that the agency received last week, ...", "the statement
which the embassy received on Monday."): the paper was received, no guest met, and its
time dates nothing. A person named before stays the guest ("the Ambassador of Chile,
whom the Minister received on Monday,") and so does an object after the verb (texts of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return [(r.to, r.date.start)
            for r in extract_text(text, issuer="NAM", date="2025-09-03").records
            if r.type == "meeting"]


@pytest.mark.parametrize("text", [
    "As stated in a bulletin from the Embassy of Chile which the news agency received "
    "last week, the Minister will hold talks with the Foreign Minister of Chile in Santiago.",
    "According to a statement of the Ministry NAMPA received on Monday, the Minister is to "
    "meet the Foreign Minister of Peru next month.",
    "The Ministry published the letter of the Chilean Embassy it received yesterday.",
    "Details of the programme were given in a note from the Embassy of Brazil which the "
    "Ministry received earlier.",
])
def test_no_meeting_from_the_paper(text):
    assert _meetings(text) == []


@pytest.mark.parametrize(("text", "to", "day"), [
    ("The Ambassador of Chile, whom the Minister received on Monday, presented a letter.",
     "CHL", "2025-09-01"),
    ("The Minister received on Monday the Ambassador of Chile.", "CHL", "2025-09-01"),
    ("After reading the report, the Minister received the Ambassador of Peru on Monday.",
     "PER", "2025-09-01"),
    ("The Minister received the Ambassador of Peru, who delivered a message.", "PER",
     "2025-09-03"),
])
def test_a_guest_received_is_still_met(text, to, day):
    assert _meetings(text) == [([to], day)]
