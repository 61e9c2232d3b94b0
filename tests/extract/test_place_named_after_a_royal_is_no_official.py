"""A place named after a royal, told after "at" or "in" ("at King Charles Street",
"in Prince Albert"), is no official met: a courtesy call there with one official
is one meeting (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="GBR", date="2025-03-12").records
    return [list(r.to) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize("text", [
    "Earlier in the day, Minister Ablakwa of Ghana called on the Minister for Development, "
    "Baroness Chapman, at King Charles Street.",
    "On 12 March the Ghanaian Minister called on the Minister of State, Lord Collins, at "
    "Queen Anne's Gate.",
])
def test_a_place_named_after_a_royal_adds_no_meeting(text: str) -> None:
    assert _meetings(text) == [["GHA"]]


def test_two_officials_called_on_are_two_meetings() -> None:
    text = ("On 12 March Minister Ablakwa of Ghana called on the Minister for Development, "
            "Baroness Chapman, and on the Foreign Secretary, David Lammy.")
    assert _meetings(text) == [["GHA"], ["GHA"]]
