"""A where-clause after a visit whose subject held talks ("completed a visit to A,
where he held detailed talks with his counterpart B") tells a meeting at the place
visited, not a topic of the visit: a visit and a meeting with A. Talks named only as
what was discussed there stay no meeting (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _events(text: str, issuer: str) -> list[tuple[str, str]]:
    recs = extract_text(text, issuer=issuer, date="2024-05-20").records
    return sorted((r.type, "".join(sorted(set(r.to) - {issuer}) or sorted(set(r.from_)
                                                                           - {issuer})))
                  for r in recs if r.type in ("visit", "meeting"))


@pytest.mark.parametrize(("text", "issuer", "partner"), [
    ("The Foreign Minister has just completed a two-day visit to Portugal from 14-15 May, "
     "where he held detailed talks with his counterpart Rui Matos.", "KEN", "PRT"),
    ("Minister Adeyemi paid an official visit to Ghana on 12 May, where she had "
     "productive talks with the Foreign Minister.", "NGA", "GHA"),
    ("Last week the Deputy Minister travelled to Mongolia, where he held in-depth "
     "discussions with the State Secretary.", "KOR", "MNG"),
    ("The Minister visited Chile on 3 May, where the Minister also held wide-ranging "
     "talks with President Soto.", "URY", "CHL"),
    ("The Foreign Minister concluded a visit to Estonia, where she held frank talks "
     "with her counterpart.", "FIN", "EST"),
])
def test_talks_held_in_the_where_clause_are_a_meeting(text: str, issuer: str,
                                                      partner: str) -> None:
    assert _events(text, issuer) == [("meeting", partner), ("visit", partner)]


@pytest.mark.parametrize(("text", "issuer", "partner"), [
    # the talks only as what was discussed at the place
    ("The Minister visited Kenya on 4 May, where the talks with Somalia were "
     "discussed.", "UGA", "KEN"),
    ("The Minister visited Hungary on 21 February, where she discussed the talks "
     "with Iran.", "AUT", "HUN"),
    ("The Minister paid a visit to Egypt, where he spoke about the negotiations "
     "with Israel.", "JOR", "EGY"),
])
def test_talks_named_as_a_topic_there_are_no_meeting(text: str, issuer: str,
                                                     partner: str) -> None:
    assert _events(text, issuer) == [("visit", partner)]
