"""A format named by how many take part ("the Six-Party Talks", "the Four-Nation
Summit", "the Three-Way Meeting") is no meeting of a pair of countries: a country
named beside it in the sentence is not met. A format named by two countries ("the
Chile-Peru Talks") still is their meeting (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text


def _meetings(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="NZL", date="2017-04-11").records
    return [sorted(r.to) for r in recs if r.type == "meeting"]


def test_a_test_against_the_statements_of_the_six_party_talks() -> None:
    assert _meetings("The Minister said the launch by North Korea breached the joint "
                     "statements of the Six-Party Talks.") == []


def test_a_country_that_left_the_four_nation_summit() -> None:
    assert _meetings("The Foreign Minister regretted that Sudan had walked away from the "
                     "Four-Nation Summit.") == []


def test_the_three_way_meeting_recalled_by_a_country() -> None:
    assert _meetings("Officials noted that Nepal still backs the conclusions of the "
                     "Three-Way Meeting.") == []


def test_the_five_party_talks_as_a_framework() -> None:
    assert _meetings("The Minister urged Myanmar to return to the Five-Party Talks without "
                     "delay.") == []


def test_a_format_named_by_two_countries_is_their_meeting() -> None:
    assert _meetings("The Chile-Peru Talks were held in Lima on 10 April.") \
        in ([["PER"]], [["CHL", "PER"]])
