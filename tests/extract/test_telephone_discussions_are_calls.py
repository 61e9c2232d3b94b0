"""Discussions, exchanges or consultations held by telephone ("held separate telephone
discussions with", "a phone exchange with", "telephone consultations with") are
calls, not meetings (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "partners"), [
    ("On Monday the Minister held separate telephone discussions with his counterparts "
     "from Mali and Niger.", ["MLI", "NER"]),
    ("The Minister had telephone discussions with his Chilean counterpart on Monday.",
     ["CHL"]),
    ("On Monday the Minister held phone discussions with the Foreign Minister of Peru.",
     ["PER"]),
    ("The two deputy ministers held telephone consultations on Monday; the Deputy "
     "Foreign Minister of Japan thanked Georgia for its support.", ["JPN"]),
])
def test_discussions_by_telephone_are_calls(ex, text, partners):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting", "call"])
    assert got == [("call", ("GEO",), (p,), "2024-03-11") for p in partners]


def test_discussions_in_person_stay_a_meeting(ex):
    got = ex("On Monday the Minister held detailed discussions with the Foreign Minister "
             "of Mali.", issuer="GEO", date="2024-03-14", types=["meeting", "call"])
    assert got == [("meeting", ("GEO",), ("MLI",), "2024-03-11")]


@pytest.mark.parametrize("text", [
    "On Monday the Minister held a telephone exchange with the Foreign Minister of Peru.",
    "On Monday the Minister had a phone exchange with the Foreign Minister of Peru.",
])
def test_an_exchange_by_telephone_is_a_call(ex, text):
    # generality audit (audit3): "a telephone exchange with" was a meeting
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting", "call"])
    assert got == [("call", ("GEO",), ("PER",), "2024-03-11")]


def test_an_exchange_in_person_stays_a_meeting(ex):
    got = ex("The Minister had a productive exchange with the Foreign Minister of Peru on "
             "Monday.", issuer="GEO", date="2024-03-14", types=["meeting", "call"])
    assert got == [("meeting", ("GEO",), ("PER",), "2024-03-11")]
