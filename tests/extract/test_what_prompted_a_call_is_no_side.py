"""What prompted a round of calls, told in a clause before the subject ("Shortly after
the attack carried out by A on B, the Minister held phone calls with her counterparts",
"Following the escalation on the border between A and B, ..."): the countries of that
happening are no side of the calls (sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = "Vilnius, 10 May 2024\n\nThe Ministry of Foreign Affairs informs as follows.\n\n"


@pytest.mark.parametrize("text", [
    "On 8 and 9 May, just after the missile strikes launched by Russia against Ukraine, the "
    "Minister spoke by phone with several colleagues abroad.",
    "On 8 and 9 May, just after the massive missile strikes launched by Russia against "
    "Ukraine, Gabrielius Landsbergis, Lithuania's Foreign Minister, held a series of phone "
    "calls with his counterparts.",
    "Shortly after the attack carried out by Iran on Israel, the Minister held phone calls "
    "with her counterparts.",
    "Following the escalation on the border between Armenia and Azerbaijan, the Minister "
    "spoke by phone with several colleagues on Wednesday.",
    "Amid the renewed fighting in Sudan and South Sudan, the Minister held telephone talks "
    "with his counterparts.",
])
def test_the_happening_names_no_side(ex, text):
    assert ex(HEAD + text, issuer="LTU", date="2024-05-10", types=["call", "meeting"]) == []


def test_the_partners_named_after_the_verb_stay(ex):
    text = ("Shortly after the attack carried out by Iran on Israel, the Minister spoke by "
            "phone with the Foreign Minister of Jordan on Wednesday.")
    got = ex(HEAD + text, issuer="LTU", date="2024-05-10", types=["call"])
    assert got == [("call", ("LTU",), ("JOR",), "2024-05-08")]


def test_a_meeting_told_before_still_names_no_side(ex):
    # (the older opener: "After his meeting with A, ...")
    text = ("After his meeting with the Ambassador of Turkey, the Minister had a call with the "
            "Foreign Minister of Jordan on Wednesday.")
    got = ex(HEAD + text, issuer="LTU", date="2024-05-10", types=["call"])
    assert got == [("call", ("LTU",), ("JOR",), "2024-05-08")]
