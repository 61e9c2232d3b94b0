""""received, in audience, the Ambassador": the audience set off by commas between
the verb and the guest is the same one meeting as "received in audience", not a
second one for the word "audience" (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[str]:
    recs = extract_text(text, issuer="GHA", date="2025-11-14").records
    return sorted(r.to[0] for r in recs if r.type == "meeting" and r.to)


@pytest.mark.parametrize(("text", "want"), [
    ("The President received, in audience, the Ambassador of Japan, Mr Kenji Sato.",
     ["JPN"]),
    ("The King received, in an audience at the palace, the Foreign Minister of Peru.",
     ["PER"]),
    ("The Prime Minister received, at the palace, in a private audience, the Foreign "
     "Minister of Peru.", ["PER"]),
    # two guests after one audience: one meeting each
    ("The President received, in audience, the Ambassador of Japan and, separately, the "
     "Foreign Minister of Peru.", ["JPN", "PER"]),
])
def test_one_meeting_per_guest(text: str, want: list[str]) -> None:
    assert _met(text) == want


@pytest.mark.parametrize("text", [
    # an audience of listeners, no guest received
    "The President addressed an audience of students in Accra on Monday.",
    "On Monday the Minister spoke, in a lecture hall, to an audience of young diplomats.",
])
def test_no_audience_no_meeting(text: str) -> None:
    assert _met(text) == []
