"""A guest hosted or welcomed with a time or place between the verb and the guest
("hosted on 10 March the Prime Minister of Armenia", "welcomed to Tbilisi on Tuesday
the Foreign Minister of Chile"), or named by a possessive and a title in lower case
("hosted Georgia's prime minister"): a meeting; a decision welcomed is none
(sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "day"), [
    ("Georgia hosted on 10 March the Prime Minister of Chile.", "2025-03-10"),
    ("The Minister hosted in Tbilisi on Tuesday the Foreign Minister of Chile.",
     "2025-03-11"),
    ("The President on Tuesday hosted Chile's prime minister at the Orbeliani Palace.",
     "2025-03-11"),
    ("The Minister welcomed to Tbilisi on Tuesday the Foreign Minister of Chile.",
     "2025-03-11"),
    ("The Minister welcomed in Batumi, on 10 March, his Chilean counterpart.",
     "2025-03-10"),
])
def test_the_guest_after_a_time_or_place_is_met(ex, text, day):
    got = ex(text, issuer="GEO", date="2025-03-12", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("CHL",), day)]


@pytest.mark.parametrize("text", [
    "The Minister welcomed in his statement the decision of the President of Chile.",
    "The Minister welcomed to the Ministry the President's decision on Chile.",
    "Georgia hosted in 2024 the Ministerial Conference of the Council of Europe.",
])
def test_no_guest_after_the_verb_is_no_meeting(ex, text):
    assert ex(text, issuer="GEO", date="2025-03-12", types=["meeting"]) == []
