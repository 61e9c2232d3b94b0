"""The two sides as one subject who "talked by phone", and one "on the phone with" an
official: a call, not a meeting (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _kinds(text: str) -> list[tuple[str, list[str]]]:
    recs = extract_text(text, issuer="GHA", date="2024-06-06").records
    return [(r.type, list(r.to)) for r in recs if r.type in ("call", "meeting")]


@pytest.mark.parametrize("text", [
    "On 5 June the Minister and the Kenyan Foreign Minister talked by phone.",
    "On 5 June the Minister and her Kenyan counterpart conferred by telephone on Sudan.",
    "On 5 June the Minister was on the phone with the Foreign Minister of Kenya.",
])
def test_a_talk_by_phone_is_a_call(text: str) -> None:
    assert _kinds(text) == [("call", ["KEN"])]


def test_the_two_talking_in_person_met() -> None:
    assert _kinds("On 5 June the Minister and the Kenyan Foreign Minister talked in "
                  "Nairobi.") == [("meeting", ["KEN"])]


@pytest.mark.parametrize("text", [
    "On 5 June the Minister spoke on the phone with the Foreign Minister of Kenya on Sudan.",
    "On 5 June the Minister held talks on the situation in Sudan with her Kenyan "
    "counterpart.",
])
def test_a_country_talked_about_is_no_side(text: str) -> None:
    assert [to for _, to in _kinds(text)] == [["KEN"]]


def test_a_side_named_by_possessive_in_the_topic_stays_a_side() -> None:
    assert _kinds("On 5 June the Minister met the Prime Minister of Kenya for a discussion on "
                  "Kenya's new port.") == [("meeting", ["KEN"])]
