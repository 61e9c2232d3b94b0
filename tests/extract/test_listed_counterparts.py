"""Counterparts listed apart from the trigger: "She held six bilateral meetings.
Her counterparts were from A, B and C." The list names whom the official met."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, issuer: str = "IDN") -> list[tuple[str, ...]]:
    return [tuple(r.to) for r in extract_text(text, issuer=issuer, date="2023-05-10").records
            if r.type == "meeting"]


@pytest.mark.parametrize("text", [
    "The Minister held six bilateral meetings. Her counterparts were from Chile, Peru and Ghana.",
    "On Tuesday the Minister had a busy day in New York. The counterparts she met came from "
    "Chile, Peru and Ghana.",
    "Bilateral talks filled the afternoon; the foreign counterparts were from Chile, Peru "
    "and Ghana.",
    "The Minister's interlocutors included the Foreign Ministers of Chile, Peru and Ghana.",
])
def test_a_list_of_counterparts_gives_one_meeting_each(text):
    assert sorted(_meetings(text)) == [("CHL",), ("GHA",), ("PER",)]


@pytest.mark.parametrize("text", [
    "The Minister met the Foreign Minister of Peru on Monday. The counterparts she met "
    "during the week were from Peru, Chile and Ghana.",
    "On Monday the Minister held talks with her Peruvian colleague. Her interlocutors "
    "that week included those of Peru, Chile and Ghana.",
])
def test_a_counterpart_already_reported_is_not_counted_again(text):
    assert sorted(_meetings(text)) == [("CHL",), ("GHA",), ("PER",)]


@pytest.mark.parametrize("text", [
    "The counterparts were pleased with the results of cooperation.",
    "Both counterparts were satisfied with the level of trade.",
])
def test_counterparts_described_are_no_meeting(text):
    assert _meetings(text) == []


@pytest.mark.parametrize("text", [
    "Among his interlocutors were the foreign ministers of Chile, Peru and Ghana.",
    "Among the counterparts she met on Tuesday were the Foreign Ministers of Ghana, Chile "
    "and Peru.",
])
def test_among_the_counterparts_were_lists_the_meetings(text):
    assert sorted(_meetings(text)) == [("CHL",), ("GHA",), ("PER",)]


def test_among_the_countries_is_no_list_of_meetings():
    assert _meetings("Among the countries that voted in favour were Chile and Peru.") == []


# --- "had a brief exchange with the Foreign Minister of X": an exchange is a meeting

@pytest.mark.parametrize("text", [
    "The Minister also had a brief exchange with the Foreign Minister of Chile.",
    "On the sidelines, the Minister held a useful exchange with the Ambassador of Chile.",
    "The Minister had an informal exchange of views with her Chilean counterpart.",
])
def test_an_exchange_with_an_official_is_a_meeting(text):
    assert _meetings(text) == [("CHL",)]


@pytest.mark.parametrize("text", [
    "The Minister had an exchange with students about Chile.",
    "The Minister welcomed the exchange of students with Chile.",
])
def test_an_exchange_with_no_official_is_no_meeting(text):
    assert _meetings(text) == []
