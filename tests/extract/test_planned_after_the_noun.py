"""A session the sentence says is yet to sit ("the joint committee, expected to
convene in Dushanbe next year", "set to meet", "due to take place") is no session
held; the same bodies told as sitting still are (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The visit paved the way for the first session of the joint committee with Tajikistan, "
    "expected to convene in Dushanbe early next year.",
    "They discussed the session of the Kuwait-Tajikistan joint committee, set to meet in "
    "Dushanbe next year.",
    "The Minister welcomed the third session of the joint commission with Peru, slated to "
    "sit in Lima in the spring.",
    "Preparations began for the joint economic commission with Ghana, planned to convene in "
    "Accra in March.",
])
def test_a_session_yet_to_sit_is_no_session(ex, text):
    assert ex(text, issuer="KWT", date="2025-10-14", types={"commission"}) == []


@pytest.mark.parametrize("text,partner", [
    ("The joint committee with Tajikistan convened in Dushanbe on Monday.", "TJK"),
    ("The Minister co-chaired the session of the joint commission with Peru, which was "
     "expected to adopt a trade roadmap, in Lima on 12 October.", "PER"),
])
def test_a_session_that_sat_is_still_read(ex, text, partner):
    records = ex(text, issuer="KWT", date="2025-10-14", types={"commission"})
    assert len(records) == 1 and partner in records[0][2]
