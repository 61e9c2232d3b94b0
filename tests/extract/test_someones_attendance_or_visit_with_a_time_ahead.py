"""Someone's taking part or trip told as a noun after a possessive, with a time ahead
in its phrase before any verb ("The President's attendance at the NATO summit next
month is under consideration", "her visit to Japan later this year") is a plan, not an
event held; a time ahead after a verb of the sentence ("The President's visit to Japan
last week paved the way for talks next month") leaves the visit held (sentences of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _held(text: str) -> list[str]:
    recs = extract_text(text, issuer="KOR", date="2024").records
    return [r.type for r in recs if not r.optional and r.type in ("multilateral", "visit")]


@pytest.mark.parametrize("text", [
    "Seoul, 4 May 2024. The President's attendance at the NATO summit next month is under "
    "consideration.",
    "Seoul, 4 May 2024. The President's participation in the NATO summit next month is "
    "under consideration.",
    "Seoul, 4 May 2024. The President's visit to Japan next month is under consideration.",
    "Seoul, 4 May 2024. Preparations for the Prime Minister's attendance at the G20 summit "
    "later this year were reviewed.",
    "Seoul, 4 May 2024. The ministers discussed her visit to Japan later this year.",
])
def test_a_noun_with_a_time_ahead_is_a_plan(text: str) -> None:
    assert _held(text) == []


@pytest.mark.parametrize(("text", "kind"), [
    ("Seoul, 4 May 2024. The President's visit to Japan last week paved the way for talks "
     "next month.", "visit"),
    ("Seoul, 4 May 2024. The Minister's attendance at the ASEAN Regional Forum on 3 May "
     "was welcomed.", "multilateral"),
])
def test_held_ones_stay(text: str, kind: str) -> None:
    assert kind in _held(text)
