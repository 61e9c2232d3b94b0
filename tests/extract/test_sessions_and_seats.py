"""A session of a body's ministers is attended, not a meeting with the body;
an anniversary of a signing is no signing; a trip to Brussels for a NATO or EU
session visits the organisation too (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str, issuer: str = "ISL", date: str = "2024-12-10"):
    return sorted((r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations))
                  for r in extract_text(text, issuer=issuer, date=date).records)


@pytest.mark.parametrize(("text", "org"), [
    ("The Minister flew to Brussels for the meeting of NATO defence ministers.", "NATO"),
    ("On Tuesday the Foreign Minister travelled to Brussels for a meeting of EU foreign "
     "ministers.", "EU"),
    ("The Minister travelled to Brussels on Wednesday for the meeting of NATO foreign "
     "ministers, held on 3 and 4 December.", "NATO"),
])
def test_a_trip_to_brussels_for_a_session_visits_the_organisation(text, org):
    recs = _records(text)
    assert ("visit", ("ISL",), (), (org,)) in recs
    assert ("multilateral", ("ISL",), (), (org,)) in recs
    assert not [r for r in recs if r[0] == "meeting"]


@pytest.mark.parametrize("text", [
    "The Minister travelled to Luxembourg for a meeting of EU foreign ministers.",
    "The Minister went to Paris for the meeting of the OECD Council.",
])
def test_a_session_elsewhere_is_attended_and_no_meeting(text):
    recs = _records(text)
    assert [r[0] for r in recs] == ["multilateral", "visit"]
    assert recs[1][3] == ()  # the host country, not the organisation


@pytest.mark.parametrize(("text", "to"), [
    ("The Minister travelled to Brussels for talks with the Belgian Foreign Minister.",
     ("BEL",)),
    ("The Minister travelled to Weimar for a meeting of the foreign ministers of France "
     "and Germany.", ("DEU", "FRA")),
])
def test_a_meeting_with_named_countries_stays_a_meeting(text, to):
    recs = _records(text)
    assert not [r for r in recs if r[0] == "visit" and r[3]]
    assert any(r[0] == "meeting" and set(r[2]) <= set(to) for r in recs)


@pytest.mark.parametrize("text", [
    "The summit coincided with the 30th anniversary of the signing of the Dayton Agreement.",
    "The Alliance marked 75 years since the signing of the Washington Treaty.",
    "Since the signing of the free trade agreement with Japan, trade has doubled.",
])
def test_an_anniversary_of_a_signing_is_no_agreement(text):
    assert not [r for r in _records(text) if r[0] == "agreement"]


def test_a_signing_on_the_day_is_still_an_agreement():
    text = "On Monday the ministers of Iceland and Norway signed a fisheries agreement."
    assert ("agreement", ("ISL",), ("NOR",), ()) in _records(text)
