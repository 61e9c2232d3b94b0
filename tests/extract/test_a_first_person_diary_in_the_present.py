"""A minister's diary told in the present, the verb in its bare form after "I" or
"we": "Tuesday 13 June I arrive in Lima", "we visit Ecuador", "I meet the Foreign
Minister of Paraguay" are a visit or a meeting of the issuer (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _recs(text: str, issuer: str = "NZL", date: str = "2023-06-30"):
    recs = extract_text(text, issuer=issuer, date=date).records
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start if r.date else None)
                  for r in recs if r.type in ("visit", "meeting"))


@pytest.mark.parametrize("text, to, day", [
    ("Tuesday 13 June I arrive in Peru, where leaders are gathering for the summit.",
     "PER", "2023-06-13"),
    ("On Wednesday 14 June we arrive in Ecuador after a long flight.", "ECU", "2023-06-14"),
    ("Thursday 15 June I visit Bolivia to see our projects there.", "BOL", "2023-06-15"),
    ("On 16 June we fly to Paraguay for the last leg of the trip.", "PRY", "2023-06-16"),
    ("Saturday 17 June I then head to Uruguay, my final stop.", "URY", "2023-06-17"),
])
def test_a_journey_in_the_first_person_present_is_a_visit(text, to, day):
    assert _recs(text) == [("visit", ("NZL",), (to,), day)]


@pytest.mark.parametrize("text, to", [
    ("On 16 June I meet the Foreign Minister of Paraguay to talk about trade.", "PRY"),
    ("Friday 16 June we meet with the Chilean Foreign Minister in New York.", "CHL"),
])
def test_a_meeting_in_the_first_person_present_is_a_meeting(text, to):
    recs = [r for r in _recs(text) if r[0] == "meeting"]
    assert recs == [("meeting", ("NZL",), (to,), "2023-06-16")]


@pytest.mark.parametrize("text", [
    "On 13 June I arrive at the conclusion that the rules must change.",
    "Each year I visit the old school where I grew up.",
    "On 16 June I meet the expectations of the committee on reporting.",
    "On 13 June I will arrive in Peru if the weather allows.",
])
def test_no_journey_or_meeting_without_a_country_or_in_the_future(text):
    assert _recs(text, date="2023-06-01") == []
