"""A title that tells one trip's "week of talks" is a readout's title, not a digest's:
only "week of" before its days ("The week of 6 to 10 May") announces a digest. A readout
taken for a digest loses its dateline, and its events fall back to the bare year
(texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from communique.extract._context import is_digest


@pytest.mark.parametrize("title", [
    "Minister Ends a Productive Week of Diplomacy in Geneva",
    "Foreign Secretary concludes busy week of meetings at the General Assembly",
    "A week of intensive talks for the Minister in Brussels and Luxembourg",
    "Deputy Minister wraps up Week Of Consultations in Nairobi",
])
def test_a_week_of_talks_in_the_title_is_no_digest(title):
    text = (title + "\n\nFriday, 14 June 2024\n\nThe Minister today completed a week of talks "
            "in Geneva, where she met the Foreign Minister of Chile.\n")
    assert not is_digest(text)


@pytest.mark.parametrize("title", [
    "The week of 6 to 10 May 2024 at the Ministry",
    "Week of May 6, 2024: the Ministry's agenda",
    "The week of the 3rd of June",
    "Weekly digest of the Ministry",
])
def test_a_week_told_by_its_days_is_still_a_digest(title):
    assert is_digest(title + "\n\nTalks with Finland\nThe Minister met the Foreign Minister "
                     "of Finland.\n")


@pytest.mark.parametrize("text, partner", [
    ("Minister Completes Successful Week of International Engagements\n\n"
     "Friday, 14 June 2024, 4:10 pm\nPress Release: Ministry of Foreign Affairs\n\n"
     "The Minister today wrapped up a week of engagements in Geneva. While there, she held "
     "talks with counterparts from Chile and Ghana.\n", "CHL"),
    ("A week of talks in Brussels\n\n14 June 2024\n\nDuring the week the Minister met the "
     "Foreign Minister of Chile in Brussels.\n", "CHL"),
    ("Busy Week Of Diplomacy For The Minister\n\nJune 14, 2024\n\nThe Minister held a "
     "meeting with the Foreign Minister of Ghana in Accra.\n", "GHA"),
    ("State Secretary ends week of consultations\n\nOslo, 14 June 2024\n\nThe State "
     "Secretary met the Deputy Foreign Minister of Chile in Santiago.\n", "CHL"),
])
def test_the_readouts_events_take_its_dateline_not_the_bare_year(text, partner):
    res = extract_text(text, issuer="NOR", date="2024")
    met = [r for r in res.records if r.type == "meeting" and r.to == [partner]]
    assert met and met[0].date.start == "2024-06-14"
    assert "digest" not in res.date_reason
