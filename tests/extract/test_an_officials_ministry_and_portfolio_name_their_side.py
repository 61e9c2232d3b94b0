"""An official named with the ministry they serve in, owned by their country ("at
the United Kingdom's Foreign Office", "at Japan's Foreign Ministry"), is of that
country: the country is their side, not where the meeting took place. An
organisation that ends a minister's portfolio ("Minister of State for Africa and
United Nations", "Deputy Minister for United Nations Affairs") is the official's
brief, not a side met or visiting (sentences of our own)."""

from __future__ import annotations

import pytest

_LINE = "Doha, 10 March 2024 - "


@pytest.mark.parametrize(("text", "partner"), [
    ("The Minister of State met today with Lord Hill, Minister of State for Africa, the "
     "Caribbean and United Nations at Britain's Foreign Office.", "GBR"),
    ("The Minister met today with Ms Jane Doe, Minister for Asia and the United Nations at "
     "Australia's Department of Foreign Affairs and Trade.", "AUS"),
    ("The Minister received Mr Kato, Deputy Minister for United Nations Affairs at Japan's "
     "Foreign Ministry.", "JPN"),
    ("The Minister received Ms Silva, Director at Brazil's Ministry of External Relations.",
     "BRA"),
])
def test_the_official_is_of_the_ministrys_country(ex, text, partner):
    got = ex(_LINE + text, issuer="QAT", date="2024-03-10", types=["meeting"])
    assert got == [("meeting", ("QAT",), (partner,), "2024-03-10")]


def test_the_visitor_is_the_officials_country(ex):
    got = ex(_LINE + "The Minister of State met today with Lord Hill, Minister of State "
             "for Africa and United Nations in the United Kingdom's Foreign Office, who is "
             "visiting the country.", issuer="QAT", date="2024-03-10", types=["visit"])
    assert got == [("visit", ("GBR",), ("QAT",), "2024-03-10")]


@pytest.mark.parametrize(("text", "org"), [
    # the organisation's own head; an organisation met
    ("The Minister met the Secretary-General of the United Nations in New York.", "UN"),
    ("The Minister for Foreign Affairs and the United Nations Secretary-General met on "
     "Friday.", "UN"),
])
def test_an_organisation_met_stays(ex, text, org):
    from communique.extract import extract_text
    recs = extract_text(_LINE + text, issuer="QAT", date="2024-03-10").records
    assert any(org in r.organizations for r in recs if r.type == "meeting")


def test_talks_held_at_a_ministry_abroad_keep_their_partner(ex):
    got = ex(_LINE + "The Minister held talks with the Kenyan Foreign Minister at the "
             "ministry in Nairobi.", issuer="QAT", date="2024-03-10", types=["meeting"])
    assert got == [("meeting", ("QAT",), ("KEN",), "2024-03-10")]
