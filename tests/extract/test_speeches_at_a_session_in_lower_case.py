"""A speech at a session named by a lower-case noun and its body ("Speaking at the
ministerial meeting of the Union for the Mediterranean", "spoke at the plenary
session of the Munich Security Conference") and a speech told as a noun with its
speaker ("In his address to the Council of Europe Committee of Ministers") are the
speaker's part in that session (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "org"), [
    ("Speaking at the ministerial meeting of the Union for the Mediterranean in "
     "Barcelona on Monday, the Minister called for closer cooperation.", "UFM"),
    ("The Minister spoke at the plenary session of the Munich Security Conference on "
     "Monday.", "MSC"),
    ("On Monday the Minister delivered remarks at the high-level segment of the Human "
     "Rights Council.", "UNHRC"),
    ("In his address to the Council of Europe Committee of Ministers on Monday, the "
     "Minister spoke about reforms.", "CMCOE"),
    ("The Minister's statement at the Human Rights Council on Monday focused on the "
     "occupied regions.", "UNHRC"),
])
def test_a_speech_at_a_session_is_participation(text, org):
    from communique.extract import extract_text

    res = extract_text(text, issuer="GEO", date="2024-03-14")
    got = [(r.from_, r.organizations, r.date.start) for r in res.records
           if r.type == "multilateral"]
    assert got == [(["GEO"], [org], "2024-03-11")]


@pytest.mark.parametrize("text", [
    "The Minister spoke at the meeting with students of Tbilisi State University.",
    "In his address to the students, the Minister spoke about the Council of Europe.",
])
def test_a_speech_to_no_session_is_none(ex, text):
    assert ex(text, issuer="GEO", date="2024-03-14", types=["multilateral"]) == []
