"""A second meeting told by a noun of its own after "and" ("had a meeting with the
Minister of Finance and a working session with her counterpart") is a second
meeting; one noun with two officials stays one (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text


def _meetings(text: str) -> int:
    recs = extract_text(text, issuer="AGO", date="2021-06-06").records
    return sum(r.type == "meeting" for r in recs)


def test_a_working_session_after_a_meeting() -> None:
    assert _meetings("During her stay in Accra, Ms Lopes had a meeting with the Minister of "
                     "Finance and a working session with her Ghanaian counterpart, Mr Kofi "
                     "Mensah.") == 2


def test_a_separate_meeting_after_talks() -> None:
    assert _meetings("In Nairobi on 4 May, the minister held talks with the Kenyan Minister "
                     "of Trade and a separate meeting with President William Ruto.") == 2


def test_an_audience_after_talks() -> None:
    assert _meetings("On 5 May in Lima, Mr Silva held talks with the Defence Minister of Peru "
                     "and an audience with President Dina Boluarte.") == 2


def test_one_noun_with_two_officials_is_one() -> None:
    assert _meetings("The minister held talks with the Prime Minister of Nepal and a "
                     "delegation of businessmen.") == 1
