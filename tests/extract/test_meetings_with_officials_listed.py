"""Meetings in the plural ("held bilateral meetings with A, the Minister for
Defence, B, and the Minister for Trade, C") with officials listed: one meeting
with each official; titles with no country named are the first one's side
(texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="PER", date="2025-05-14").records
    return [r.to for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("text", "n"), [
    ("Peru's Minister for Foreign Affairs Ana Ruiz last week held bilateral meetings with "
     "her Chilean counterpart, Juan Soto, the Minister for Defence, Pedro Diaz and Minister "
     "for Trade, Luis Vera in Santiago.", 3),
    # a country of several words before "counterpart"
    ("The Minister last week held bilateral meetings with his Sierra Leone counterpart, "
     "Musa Kamara, and the Minister of Mines, John Sesay, in Freetown.", 2),
    ("In Santiago the Minister had separate meetings with the President of Chile, Gabriel "
     "Boric, and the Minister of Finance, Mario Marcel.", 2),
    ("The Vice Minister held meetings with the Foreign Minister of Chile, Ms Elena Rojas, "
     "the Minister of Mining, Mr Pablo Silva, and the Minister of Energy, Mr Tomas Lagos.", 3),
])
def test_one_meeting_with_each_official_listed(text: str, n: int) -> None:
    partner = "SLE" if "Sierra" in text else "CHL"
    assert _meetings(text) == [[partner]] * n


@pytest.mark.parametrize("text", [
    # one official: one meeting
    "The Minister held bilateral meetings with her Chilean counterpart, Juan Soto, in "
    "Santiago on trade and fisheries.",
    # a title and a name of one person
    "The Minister held meetings with the Deputy Prime Minister and Minister of Foreign "
    "Affairs of Chile, Juan Soto.",
    # officials met after another verb are not listed by the meetings
    "The Minister held bilateral meetings with her Chilean counterpart, Juan Soto, and "
    "addressed the Minister of Defence and the Minister of Trade at a dinner.",
])
def test_one_official_one_meeting(text: str) -> None:
    assert _meetings(text) == [["CHL"]]
