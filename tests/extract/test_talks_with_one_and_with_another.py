"""Talks held "with" one official "and with" another of the same country ("held talks
with his counterpart and with the King", "held talks with him and with Sultan A")
are two meetings, one with each; a second "with" that names no one ("and with
representatives of the business community") or another country's official does
not add one (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

HEAD = "Rabat, 4 June 2025\n\n"


def _meetings(text: str) -> list[str]:
    recs = extract_text(text, issuer="MAR", date="2025-06-04").records
    return sorted("+".join(r.to + r.organizations) for r in recs if r.type == "meeting")


@pytest.mark.parametrize("sentence", [
    "The Minister travelled to Amman on Tuesday at the invitation of his Jordanian "
    "counterpart Ayman Safadi and held talks with him and with King Abdullah II.",
    "The Minister held talks in Amman on Tuesday with his Jordanian counterpart, Ayman "
    "Safadi, and with the Prime Minister of Jordan, Jafar Hassan.",
    "On Tuesday the Minister held talks with the Prime Minister of Jordan and also with "
    "Foreign Minister Ayman Safadi.",
])
def test_each_with_is_a_meeting(sentence):
    assert _meetings(HEAD + sentence) == ["JOR", "JOR"]


@pytest.mark.parametrize(("sentence", "met"), [
    ("The Minister held talks in Amman on Tuesday with his Jordanian counterpart and with "
     "representatives of the business community.", ["JOR"]),
    ("The Minister held talks in Amman on Tuesday with his Jordanian counterpart and with "
     "the Secretary-General of the Arab League.", ["JOR", "LAS"]),
    ("The Minister held talks on Tuesday with the Foreign Minister of Jordan and with the "
     "Foreign Minister of Egypt.", ["EGY", "JOR"]),
])
def test_no_second_meeting_without_a_second_official(sentence, met):
    assert _meetings(HEAD + sentence) == met
