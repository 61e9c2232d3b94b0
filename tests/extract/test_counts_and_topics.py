"""Totals of the period ("held 86 bilateral meetings", "signed 17 agreements") are
figures, not an occasion with the last country named; a country in what a
summons is about ("over remarks on Moldova") is no participant (sentences of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_BEFORE = "The Minister paid a visit to Hungary on 3 December. "


def _records(text: str, issuer: str = "MKD", date: str = "2024-12-20"):
    return sorted((r.type, tuple(r.to), tuple(r.organizations))
                  for r in extract_text(text, issuer=issuer, date=date).records)


@pytest.mark.parametrize("text", [
    "In total, the Minister held 86 bilateral meetings in the six months after taking office.",
    "Over the year, our diplomats took part in 230 bilateral meetings.",
    "In the course of the year, the country signed 17 bilateral agreements and memoranda.",
    "On its margins he held 14 bilateral meetings.",
])
def test_a_total_is_a_figure_and_no_event_with_the_country_in_focus(text):
    recs = _records(_BEFORE + text)
    assert [r[0] for r in recs] == ["figure", "visit"]


@pytest.mark.parametrize("text", [
    "The two ministers signed three agreements.",
    "Both sides signed 12 documents.",
    "During the visit, 12 documents were signed.",
    "He signed 12 agreements with Hungary.",
    "In the presence of the two leaders, seven memoranda of understanding were exchanged.",
])
def test_documents_signed_on_the_occasion_are_still_an_agreement(text):
    assert ("agreement", ("HUN",), ()) in _records(_BEFORE + text)


@pytest.mark.parametrize(("text", "envoy"), [
    ("The Minister summoned the Russian chargé d'affaires over remarks on Moldova's "
     "neutrality.", "RUS"),
    ("The Ambassador of Belarus was summoned to the Ministry in connection with her recent "
     "statements on Poland's support for Lithuania.", "BLR"),
    ("The Ambassador of Iran was summoned over the embassy's latest comments on Israel.",
     "IRN"),
])
def test_the_topic_of_a_summons_gives_no_second_country(text, envoy):
    assert _records(text) == [("meeting", (envoy,), ())]


@pytest.mark.parametrize(("text", "partner"), [
    ("During the official visit of Prime Minister Kola to Budapest in October, the two "
     "governments signed an agreement on a loan.", "HUN"),
    ("During the Chancellor's visit to Vienna, the two governments signed a road transport "
     "agreement.", "AUT"),
    ("On the occasion of the visit of the President of Chile, both sides signed three "
     "memoranda.", "CHL"),
])
def test_a_signing_during_a_visit_is_with_the_country_visited(text, partner):
    recs = _records("In June the Minister visited Tirana. " + text)
    assert [r for r in recs if r[0] == "agreement"] == [("agreement", (partner,), ())]


@pytest.mark.parametrize(("text", "guest"), [
    ("Our country received in May the official visit of the President of Ecuador.", "ECU"),
    ("North Macedonia received in April the state visit of the President of Burundi.", "BDI"),
    ("The Government received the working visit of the Foreign Minister of Peru.", "PER"),
])
def test_a_visit_received_is_the_guests_visit_and_no_meeting_with_an_earlier_country(
        text, guest):
    recs = [(r.type, r.from_, r.to) for r in extract_text(
        "In June the Minister visited Tirana. " + text, issuer="MKD", date="2024-12-20").records]
    assert ("visit", [guest], ["MKD"]) in recs
    assert not [r for r in recs if r[0] == "meeting"]
