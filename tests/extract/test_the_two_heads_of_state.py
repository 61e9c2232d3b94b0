""""The two Heads of State" or "both heads of government" as the subject are the two
sides of the visit just told, as "the two Presidents" are: their talks are a meeting
with the guest's country (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, date: str) -> list[tuple[list[str], str | None]]:
    return [(r.to, r.date.start) for r in extract_text(text, issuer="TZA", date=date).records
            if r.type == "meeting"]


@pytest.mark.parametrize("text", [
    "On 2 and 3 July, the President of Mozambique paid an official visit to Tanzania, and on 3 "
    "July the two Heads of State held talks at State House in Dar es Salaam.",
    "The President of Mozambique paid an official visit to Tanzania on 2 and 3 July. On 3 July "
    "the two Heads of State held talks at State House.",
    "The Prime Minister of Mozambique paid an official visit to Tanzania on 2 and 3 July. On 3 "
    "July both Heads of Government held talks in Dodoma.",
])
@pytest.mark.parametrize("review", [True, False])
def test_the_two_heads_of_state_held_talks(text, review):
    text = "Review of the year 2024\n\n" + text if review else text
    assert _meetings(text, "2024" if review else "2024-07-04") == [(["MOZ"], "2024-07-03")]
