"""A standing body that "met", however long its name ("the Joint Commission for the
Implementation of the Agreement on Border Crossings met in Mostar"), held its session:
one commission record, no meeting beside it (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _types(text: str) -> list[str]:
    recs = extract_text(text, issuer="SVK", date="2025-12-30").records
    return sorted(r.type for r in recs if r.type in ("meeting", "commission"))


@pytest.mark.parametrize("sentence", [
    "With Hungary, the Joint Commission for the Implementation of the Agreement on Border "
    "Crossings met in Komárno in June and agreed on two new crossings.",
    "The Intergovernmental Commission on Economic and Scientific and Technical Cooperation "
    "between Slovakia and Kazakhstan met in Astana in May.",
])
def test_the_body_met_is_its_session(sentence):
    assert _types("Review of 2025\n\n" + sentence) == ["commission"]


def test_a_minister_named_after_the_body_and_a_comma_still_met():
    text = ("Review of 2025\n\nWith Hungary, after the Joint Commission for the "
            "Implementation of the Agreement on Border Crossings, the Minister met the "
            "Foreign Minister of Hungary in Budapest.")
    assert "meeting" in _types(text)


def test_a_minister_who_met_after_the_body_is_a_meeting():
    text = ("Review of 2025\n\nAfter the session of the Joint Commission with Hungary in June, "
            "the Minister met the Foreign Minister of Hungary in Budapest.")
    assert "meeting" in _types(text)
