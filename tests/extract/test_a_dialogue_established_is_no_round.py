"""A standing dialogue named as what was set up ("welcomed the establishment of the A-B
Strategic Dialogue", "noted the creation of bilateral political consultations") is a
mechanism founded, no round held (as a commission founded already was); a dialogue
launched, or one established that held a round, is a round (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _rounds(text: str) -> list[tuple[list[str], str | None]]:
    return [(r.to, r.date.start)
            for r in extract_text(text, issuer="FJI", date="2025-09-03").records
            if r.type in ("consultation", "commission")]


@pytest.mark.parametrize("text", [
    "Both leaders welcomed the establishment of the Fiji-Chile Strategic Dialogue.",
    "The Minister and her Chilean counterpart noted the creation of bilateral political "
    "consultations between the foreign ministries.",
    "The two Prime Ministers acknowledged the setting up of the Fiji-Peru Strategic Dialogue "
    "last year.",
    "The sides agreed on the establishment of a Fiji-Chile Political Dialogue.",
    "Aside from trade, the leaders hailed the creation of the Fiji-Chile Strategic Dialogue.",
])
def test_a_dialogue_set_up_is_no_round(text):
    assert _rounds(text) == []


@pytest.mark.parametrize(("text", "to"), [
    ("The two sides launched the Fiji-Chile Strategic Dialogue in Suva on Monday.", "CHL"),
    ("The Fiji-Chile Strategic Dialogue, established in 2019, held its third round in Suva "
     "on Monday.", "CHL"),
])
def test_a_dialogue_held_is_a_round(text, to):
    assert _rounds(text) == [([to], "2025-09-01")]
