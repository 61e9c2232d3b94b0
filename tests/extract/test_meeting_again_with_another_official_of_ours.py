"""A guest met by our minister, then told as met "during the visit" by another
official of ours ("During the visit, President A and Secretary B held a meeting"): a
second meeting, in a review as in a readout; the same meeting named again by the same
officials or the bare "the Minister" stays one (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

FIRST = ("On 4 February, the Minister of Foreign Affairs of Costa Rica, Arnoldo Brenes, "
         "received the Secretary of State of the United States, Marco Rubio, who arrived in "
         "San José on his first tour of the region. ")


def _meetings(text: str, date: str) -> int:
    return sum(1 for r in extract_text(text, issuer="CRI", date=date).records
               if r.type == "meeting" and r.to == ["USA"])


@pytest.mark.parametrize("date", ["2025", "2025-02-05"])
@pytest.mark.parametrize("sentence", [
    "During the visit, President Rodrigo Chaves and Secretary Rubio held a meeting at the "
    "Casa Presidencial, which focused on security.",
    "During the visit, Secretary Rubio was also received by President Rodrigo Chaves.",
])
def test_another_official_of_ours_is_another_meeting(sentence, date):
    assert _meetings(FIRST + sentence, date) == 2


@pytest.mark.parametrize("sentence", [
    "During the meeting, Minister Brenes and Secretary Rubio discussed migration.",
    "During the visit, the Minister and Secretary Rubio held talks on security.",
])
def test_the_same_meeting_named_again_stays_one(sentence):
    assert _meetings(FIRST + sentence, "2025-02-05") == 1
