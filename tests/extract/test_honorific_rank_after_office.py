"""An honorific rank written after an office and a comma ("the Deputy Foreign Minister
of Peru, Ambassador A") names the same person, so one meeting; officials listed with
their names between them are still one meeting each (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "On Monday the Minister met with the Vice Minister of Foreign Affairs of Peru, Ambassador "
    "Carla Mendoza, to review the bilateral agenda.",
    "The Secretary-General of the Ministry received the Deputy Foreign Minister of Chile, "
    "Ambassador Tomás Riquelme, on Monday.",
    "On Monday the Minister held talks with the Director-General for the Americas of the "
    "Brazilian Foreign Ministry, Ambassador Ana Paula Costa.",
    "The Minister met on Monday the Permanent Secretary of the Ministry of Foreign Affairs of "
    "Kenya, Ambassador Peter Otieno.",
])
def test_a_rank_after_the_office_is_the_same_person(ex, text):
    recs = ex(text, issuer="GUY", date="2024-03-06", types={"meeting"})
    assert len(recs) == 1


@pytest.mark.parametrize("text,n", [
    # must not merge: two officials, each named
    ("On Monday the Minister paid courtesy calls on the President of Ghana, John Mensah, and "
     "the Speaker of Parliament, Ama Owusu.", 2),
    ("On Monday the Minister called on the Prime Minister of Fiji, A. Rabuka, and the "
     "Minister for Trade, B. Kamikamica.", 2),
])
def test_officials_listed_with_their_names_stay_apart(ex, text, n):
    recs = ex(text, issuer="GUY", date="2024-03-06", types={"meeting"})
    assert len(recs) == n
