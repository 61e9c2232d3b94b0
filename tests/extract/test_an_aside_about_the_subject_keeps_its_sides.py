"""A relative clause about the subject set off by commas before the verb ("A and the
Secretary-General of B, who is currently in Madrid, held a phone call") is an aside:
the call or meeting still reads its sides from the subject before it, and the place
the aside names (its own visit) is no side of it (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str):
    recs = extract_text(text, issuer="CHL", date="2024-05-05").records
    return sorted((r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations), r.date.start)
                  for r in recs if r.type in ("call", "meeting"))


@pytest.mark.parametrize("text, kind, org", [
    ("Foreign Minister Ana Rojas and Secretary-General of the Organization of American "
     "States Luis Almagro, who is currently in Madrid, engaged in a phone conversation on "
     "May 3, 2024.", "call", "OAS"),
    ("Foreign Minister Ana Rojas and the Secretary-General of the Organization of American "
     "States, who was visiting Madrid, held a telephone conversation on 3 May.", "call", "OAS"),
    ("Minister Ana Rojas and the Director-General of the International Labour "
     "Organization, who is on a visit to Spain, had a phone call on 3 May.", "call", "ILO"),
    ("Minister Ana Rojas and the Director-General of the International Labour "
     "Organization, who is in Spain, met on 3 May in Madrid.", "meeting", "ILO"),
])
def test_the_subjects_organisation_is_the_side(text, kind, org):
    assert _records(text) == [(kind, ("CHL",), (), (org,), "2024-05-03")]


def test_the_aside_still_tells_the_officials_visit():
    text = ("Minister Ana Rojas and the Director-General of the International Labour "
            "Organization, who is on a visit to Spain, had a phone call on 3 May.")
    recs = extract_text(text, issuer="CHL", date="2024-05-05").records
    assert [(r.to, r.organizations) for r in recs if r.type == "visit"] == [(["ESP"], ["ILO"])]


def test_a_meeting_told_in_the_aside_stays_its_own():
    text = ("Minister Ana Rojas, who met the President of Peru on 2 May, held a phone call "
            "with the OAS Secretary-General on 3 May.")
    assert _records(text) == [("call", ("CHL",), (), ("OAS",), "2024-05-03"),
                              ("meeting", ("CHL",), ("PER",), (), "2024-05-02")]
