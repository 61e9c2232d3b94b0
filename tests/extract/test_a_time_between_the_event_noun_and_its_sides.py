"""A meeting or a visit with its time told between the noun and its sides, news-agency
style too ("the meeting Oct. 3 between A and B", "the meetings last week between Kenyan
and Ugandan officials", "the visit in June of A, U.S. deputy secretary", "the visit Feb.
9 of German Chancellor A to Vilnius"): the event, on that time (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("issuer", "text", "other", "day"), [
    ("AUS", "The meeting Oct. 3 between the Prime Minister and Japanese Premier Kishida "
     "produced a new roadmap.", "JPN", "2024-10-03"),
    ("CHL", "A meeting on 12 March between the foreign ministers of Chile and Peru opened "
     "the year.", "PER", "2024-03-12"),
    ("ARG", "Our relations grew stronger after the meeting in May between President Milei "
     "and Brazilian President Lula in Brasilia.", "BRA", "2024-05"),
    ("KEN", "The meetings last week between Kenyan and Ugandan officials covered trade.",
     "UGA", "2024"),
    ("JOR", "The meeting September 9 between the Minister and the Foreign Minister of Egypt "
     "was cordial.", "EGY", "2024-09-09"),
])
def test_a_meeting_with_its_time_before_between(issuer: str, text: str, other: str,
                                                day: str) -> None:
    recs = extract_text(text, issuer=issuer, date="2024").records
    assert [(tuple(r.to), r.date.start) for r in recs if r.type == "meeting"] == \
        [((other,), day)]


@pytest.mark.parametrize(("issuer", "text", "guest", "day"), [
    ("TWN", "Ties grew closer with the visit in June of John Smith, U.S. deputy "
     "secretary of commerce.", "USA", "2024-06"),
    ("AUS", "The visit last month of the Prime Minister of Fiji opened a new chapter.", "FJI",
     "2024"),
    ("CHL", "The visit on 4 May of the Foreign Minister of Peru to Santiago was the first "
     "since 2019.", "PER", "2024-05-04"),
    ("KEN", "The visit in March by Ghanaian President Mahama strengthened our ties.", "GHA",
     "2024-03"),
    ("LTU", "The visit Feb. 9 of German Chancellor Scholz to Vilnius underlined support.",
     "DEU", "2024-02-09"),
])
def test_a_visit_with_its_time_before_its_visitor(issuer: str, text: str, guest: str,
                                                  day: str) -> None:
    recs = extract_text(text, issuer=issuer, date="2024").records
    assert [(tuple(r.from_), tuple(r.to), r.date.start) for r in recs if r.type == "visit"] \
        == [((guest,), (issuer,), day)]
