"""An event said to be "planned", "envisaged" or "foreseen" after its noun ("The
signing of ... is planned for 2026") is ahead, not reported; the same event said to
have taken place is reported."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_HEAD = "Our diplomacy in 2025\n\n30 December 2025\n\n"


def _types(text: str) -> set[str]:
    return {r.type for r in extract_text(_HEAD + text, issuer="EGY").records}


@pytest.mark.parametrize("text", [
    "The signing of a free trade agreement with Kenya is planned for 2026.",
    "A visit of the Minister to Ghana is envisaged for the spring.",
    "Consultations with Chile are foreseen in the first half of next year.",
])
def test_an_event_planned_is_no_record(text):
    assert not _types(text) & {"agreement", "visit", "consultation"}


@pytest.mark.parametrize(("text", "kind"), [
    ("The signing of a free trade agreement with Kenya took place in May.", "agreement"),
    ("A visit of the Minister to Ghana took place in April.", "visit"),
])
def test_the_same_event_told_as_past_is_a_record(text, kind):
    assert kind in _types(text)
