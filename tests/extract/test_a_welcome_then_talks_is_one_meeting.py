"""A guest welcomed, then talks held with the same person on the same day, are one
occasion: the welcome opened the meeting (sentences of our own). Talks with another
official of the guest's side, or on another day, stay a meeting of their own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "President Kavelashvili welcomed the President of Latvia, Edgars Rinkēvičs, at the "
    "Orbeliani Palace on Monday. President Rinkēvičs then held a meeting with President "
    "Kavelashvili.",
    "On Monday the President of the United States, Joe Biden, welcomed the President of "
    "Georgia. At the White House, the President of Georgia held talks with President "
    "Biden.",
    "The Minister welcomed the Foreign Minister of Latvia, Baiba Braže, on Monday. The "
    "Minister and Ms Braže then held talks in an extended format.",
])
def test_a_welcome_and_the_talks_are_one_meeting(ex, text):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting"])
    assert [(g[1], g[2]) for g in got] == [(("GEO",), ("LVA",) if "Latvia" in text
                                            else ("USA",))]


def test_talks_with_another_official_stay_a_meeting(ex):
    got = ex("The Minister welcomed the Foreign Minister of Latvia, Baiba Braže, on Monday. "
             "Later that day, she met the Speaker of Parliament.", issuer="GEO",
             date="2024-03-14", types=["meeting"])
    assert len(got) == 2
