"""A guest welcomed with the place before the object ("welcomed to Podgorica the foreign
ministers of Croatia, A, and Slovenia, B", "welcomed in Vienna her Slovak counterpart")
is met, and came: a meeting and a visit with each guest, as when the place comes after
the guest (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _events(text: str, issuer: str) -> list[tuple[str, str, str]]:
    recs = extract_text(text, issuer=issuer, date="2025-12-30").records
    return sorted((r.type, "+".join(r.from_), "+".join(r.to)) for r in recs
                  if r.type in ("meeting", "visit"))


@pytest.mark.parametrize(("text", "issuer", "events"), [
    ("Review of 2025\n\nIn March the Minister welcomed to Podgorica the foreign ministers of "
     "Croatia, Gordan Grlić Radman, and Slovenia, Tanja Fajon.", "MNE",
     [("meeting", "MNE", "HRV"), ("meeting", "MNE", "SVN"), ("visit", "HRV", "MNE"),
      ("visit", "SVN", "MNE")]),
    ("Vienna, 30 December 2025\n\nToday the Federal Minister welcomed in Vienna her Slovak "
     "counterpart, Juraj Blanár, for talks on energy.", "AUT",
     [("meeting", "AUT", "SVK"), ("visit", "SVK", "AUT")]),
])
def test_welcomed_to_a_place_then_the_guest(text, issuer, events):
    assert _events(text, issuer) == events


def test_welcomed_to_a_place_with_no_official_is_no_meeting():
    text = ("Vienna, 30 December 2025\n\nThe Minister welcomed to Vienna the decision of the "
            "European Council on enlargement.")
    assert _events(text, "AUT") == []
