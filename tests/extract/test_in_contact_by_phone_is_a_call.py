"""Being "in contact" or "in touch" with someone, with the medium told ("was in
telephone contact with", "in touch by phone with", "in contact with B by telephone"),
is one call; staying or remaining in contact is no event (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str, issuer: str, date: str) -> list[tuple]:
    recs = extract_text(text, issuer=issuer, date=date).records
    return sorted((r.type, tuple(r.to), r.date.start) for r in recs
                  if r.type in ("call", "meeting"))


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("Minister Dara Holm has been in contact with his Polish counterpart by telephone "
     "on Monday.", "NLD", [("call", ("POL",), "2024-03-04")]),
    ("Foreign Minister Dara Holm was in touch by phone with the Polish Foreign Minister "
     "yesterday.", "NLD", [("call", ("POL",), "2024-03-04")]),
    ("On Friday the Cabinet Secretary was in telephone contact with the Foreign Minister "
     "of Uganda.", "KEN", [("call", ("UGA",), "2024-03-01")]),
    ("Yesterday the Foreign Minister got in touch with her Argentine counterpart by "
     "telephone to discuss the corridor.", "CHL", [("call", ("ARG",), "2024-03-04")]),
    ("The two foreign ministers, of Chile and Peru, were in phone contact with each other "
     "on 2 March.", "CHL", [("call", ("PER",), "2024-03-02")]),
    ("Minister Holm had been in contact over the phone with Kenya's Foreign Minister "
     "before the summit on 1 March.", "NLD", [("call", ("KEN",), "2024-03-01")]),
])
def test_in_contact_with_the_medium_told_is_a_call(text, issuer, expected):
    assert _calls(text, issuer, "2024-03-05") == expected


@pytest.mark.parametrize("text", [
    "Kenya remained in phone contact with Uganda throughout the crisis.",
    "The Minister stays in regular contact with her Ugandan counterpart by telephone.",
    "The embassy keeps in touch by phone with Kenyan citizens in the region.",
    "Both ministers agreed to remain in telephone contact with each other.",
])
def test_staying_in_contact_is_no_event(text):
    assert _calls(text, "NLD", "2024-03-05") == []
