"""Talks told as going on with the partners named only by a title after "with"
("Minister Sato also exchanged views with the Ambassadors on ...", "He further had
discussions with his guests") add a topic to the meeting told that day: no meeting
of their own, none with the host of the visit. Named with their countries ("also
exchanged views with the Ambassadors of Kenya and Ghana", "Minister Sato and the
Ambassadors of Kenya and Ghana also exchanged views") they are a meeting with each
(texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_LEAD = ("On May 4, Foreign Minister Tanaka, on a visit to Geneva, Switzerland, had a "
         "meeting with a group of African ambassadors posted to the United Nations there. "
         "The main points are below.\n\n1. Minister Tanaka pledged that Japan would keep "
         "up its support.\n")


def _meetings(text: str, issuer: str = "JPN") -> list[list[str]]:
    recs = extract_text(text, issuer=issuer, date="2023-05-05").records
    return [list(r.to) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize("after", [
    "2. Minister Tanaka also exchanged views with the Ambassadors on food security.",
    "2. The Minister further had discussions with his guests on the reform of the Council.",
    "2. He also talked with the Permanent Representatives about climate finance.",
    "2. Minister Tanaka then exchanged opinions with the participants on trade.",
])
def test_talks_going_on_with_partners_by_title_are_no_new_meeting(after: str) -> None:
    assert _meetings(_LEAD + after + "\n") == [[]]


@pytest.mark.parametrize("after", [
    "2. Minister Tanaka also exchanged views with the Ambassadors of Kenya and Ghana on "
    "food security.",
    "2. Minister Tanaka and the Ambassadors of Kenya and Ghana also exchanged views on "
    "food security.",
    "2. The Ambassadors of Kenya and Ghana and Minister Tanaka further discussed food "
    "security.",
])
def test_partners_named_with_their_countries_are_meetings(after: str) -> None:
    got = _meetings(_LEAD + after + "\n")
    assert ["KEN"] in got and ["GHA"] in got


def test_ambassadors_of_two_countries_and_the_minister_discussed() -> None:
    assert _meetings("On 4 May the Minister and the Ambassadors of Peru and Bolivia "
                     "discussed trade.", "CHL") == [["PER"], ["BOL"]]
