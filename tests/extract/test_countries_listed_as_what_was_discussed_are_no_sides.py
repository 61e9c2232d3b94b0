"""A discussion named by its noun and what it was of, listed ("In-depth discussion of the
Sahel crisis, Libya and the Horn of Africa, the signing of a treaty on ... - the
programme of the Minister's visit to Madrid"): the countries listed are topics, no sides
of the signing or the talks told in the same list; the side comes with "with"
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Rome, 12 March 2025\n\n"
_LEAD = "On 11 March Foreign Minister Rossi met his Spanish counterpart Lopez in Madrid. "


def _signed(text: str) -> list[tuple]:
    return records(_HEAD + _LEAD + text, "ITA", {"agreement"})


@pytest.mark.parametrize("text", [
    "Thorough discussion of the Sahel crisis, Libya and Venezuela, the signing of a treaty "
    "on driving licences - the programme of the visit was dense.",
    "A frank exchange of views on Libya, Mali and the Sahel, and the signing of a treaty on "
    "driving licences marked the visit.",
    "Discussions about the Sahel crisis, Libya and Venezuela and the signing of a treaty on "
    "driving licences were at the heart of the visit.",
    "An open exchange of opinions on Libya and Venezuela, then the signing of a treaty on "
    "driving licences: the visit was a full one.",
    "Deliberations over Venezuela, Libya and Mali, and the signing of a treaty on driving "
    "licences filled the day.",
])
def test_the_listed_topics_are_no_parties(text: str) -> None:
    assert _signed(text) == [("agreement", ("ITA",), ("ESP",), "2025-03-11")]


def test_the_side_named_with_with_is_kept() -> None:
    text = ("Foreign Minister Rossi held discussions on energy and migration with Libya in "
            "Tripoli on 11 March.")
    assert records(_HEAD + text, "ITA", {"meeting"}) == [
        ("meeting", ("ITA",), ("LBY",), "2025-03-11")]


@pytest.mark.parametrize("text", [
    "Her discussions on Tuesday involved Libya and Tunisia.",
    "He joined a discussion of Sudan in Rome and met the Foreign Minister of Libya.",
])
def test_a_time_or_a_meeting_after_the_noun_keeps_the_sides(text: str) -> None:
    got = records(_HEAD + "On 11 March the Minister held talks at the summit. " + text,
                  "ITA", {"meeting"})
    assert ("meeting", ("ITA",), ("LBY",), "2025-03-11") in got


def test_a_country_whose_matters_were_discussed_stays_the_side() -> None:
    text = ("In Accra on 11 March she met President Kofi Mensah for a candid discussion on "
            "Ghana's new rules on cocoa exports.")
    assert records(_HEAD + text, "ITA", {"meeting"}) == [
        ("meeting", ("ITA",), ("GHA",), "2025-03-11")]
