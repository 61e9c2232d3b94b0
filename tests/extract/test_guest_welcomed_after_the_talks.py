"""Talks held with a guest, then the same guest welcomed on the same day with no other
person of the guest's side named ("held talks with the Foreign Minister of A ... The
Minister welcomed the Foreign Minister to B"): the welcome is of the talks' guest, one
meeting (the visit the welcome tells stays). Another official of that side welcomed is
a meeting of its own (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-15"


@pytest.mark.parametrize(("text", "partner"), [
    ("The Minister held talks with the Foreign Minister of Chile, Juan Soto, in Tbilisi on "
     "Wednesday.\n\nThe Minister welcomes the Foreign Minister and delegation to Georgia and "
     "praised the ties.", "CHL"),
    ("The Minister held talks with the Foreign Minister of Chile in Tbilisi on Wednesday."
     "\n\nThe Minister welcomed the Foreign Minister to Georgia and praised the ties.", "CHL"),
    ("On Wednesday the Minister held a working discussion with the Deputy Prime Minister of "
     "Kenya in Batumi.\n\nThe Minister welcomed the Deputy Prime Minister and his delegation "
     "to Georgia.", "KEN"),
    ("The State Secretary met the Foreign Minister of Peru, Ana Ruiz, on Wednesday in "
     "Tbilisi.\n\nThe State Secretary welcomes Minister Ruiz to Georgia and recalled the "
     "long friendship of the two countries.", "PER"),
])
def test_a_guest_welcomed_after_the_talks_is_that_meeting(ex, text, partner):
    got = ex(text, date=_DAY, types=["meeting", "visit"])
    assert got == [("meeting", ("GEO",), (partner,), "2024-03-13"),
                   ("visit", (partner,), ("GEO",), "2024-03-13")]


def test_another_official_of_the_side_welcomed_is_another_meeting(ex):
    text = ("The Minister held talks with the Foreign Minister of Chile in Tbilisi on "
            "Wednesday.\n\nOn Wednesday the Minister also welcomed the President of Chile to "
            "Georgia.")
    got = ex(text, date=_DAY, types=["meeting"])
    assert len(got) == 2
