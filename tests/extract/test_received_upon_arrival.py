"""A guest received "upon his arrival in" a city of ours ("received the Foreign Minister
of Jordan, Ayman Safadi, upon his arrival in Cairo to participate in the summit"): the
guest's visit to us besides the meeting, on its day; an arrival elsewhere, or ours
abroad, gives no such visit (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _brief(text: str) -> list[tuple[str, list[str], list[str], str | None]]:
    return [(r.type, r.from_, r.to, r.date.start)
            for r in extract_text(text, issuer="EGY", date="2025-03-05").records
            if r.type in ("visit", "meeting")]


@pytest.mark.parametrize("text", [
    "Minister Abdelatty had received yesterday evening the Foreign Minister of Jordan, Ayman "
    "Safadi, upon his arrival in Cairo to participate in the summit.",
    "On Tuesday the Minister received the Foreign Minister of Jordan on her arrival at Cairo "
    "International Airport.",
])
def test_a_guest_received_upon_arrival_is_on_a_visit(text):
    recs = _brief(text)
    assert ("visit", ["JOR"], ["EGY"], "2025-03-04") in recs
    assert ("meeting", ["EGY"], ["JOR"], "2025-03-04") in recs


def test_our_minister_received_abroad_upon_arrival_is_no_guest_visit():
    text = ("On Tuesday the Minister was received by the Foreign Minister of Jordan upon his "
            "arrival in Amman.")
    assert not any(t == "visit" and f == ["JOR"] for t, f, _, _ in _brief(text))
