"""A guest "received" by a host with a bare weekday between verb and "by" ("was
received Tuesday by the President") is a meeting, as with "on Tuesday"; a thing
received (a request, a letter) is none (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[str]:
    recs = extract_text(text, issuer="DZA").records
    return sorted(c for r in recs if r.type == "meeting" for c in r.to)


@pytest.mark.parametrize(("text", "partner"), [
    ("The Foreign Minister, Ali Benali, was received Wednesday by Egyptian President "
     "Abdel Fattah el-Sisi, to whom he delivered a letter from the Head of State.", "EGY"),
    ("The Foreign Minister was received Wednesday by the Egyptian President.", "EGY"),
    ("The Foreign Minister was received Tuesday morning by the President of Peru.", "PER"),
    ("Our Minister was received Friday by the King of Morocco in Rabat.", "MAR"),
])
def test_received_a_weekday_by_a_host_is_a_meeting(text: str, partner: str) -> None:
    assert _met(text) == [partner]


@pytest.mark.parametrize("text", [
    "The request was received Monday by the embassy of Chile.",
    "The application was received by the Consulate of Ghana.",
    "Their reply was received Thursday by the Ministry of Foreign Affairs of Peru.",
])
def test_a_thing_received_is_no_meeting(text: str) -> None:
    assert _met(text) == []
