"""Talks held within the occasion the clause before told, their partners unnamed
("paid a state visit to Ghana, during which bilateral talks were held", "..., in the
course of which official negotiations took place") are a meeting with that occasion's
partner (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("text", "other"), [
    ("On 3 May the President paid a state visit to Ghana, during which bilateral talks were "
     "held.", "GHA"),
    ("The Prime Minister of Nepal visited Kenya from 4 to 6 June, in the course of which "
     "official negotiations took place.", "NPL"),
    ("In May the Vice President of Colombia was in Nairobi on an official visit, in the "
     "course of which talks took place.", "COL"),
    ("In October the Foreign Minister of Chile came to Nairobi on a working visit, during "
     "which negotiations were also held.", "CHL"),
    ("On 8 July the 3rd session of the Joint Commission between Kenya and Egypt took place "
     "in Cairo, within the framework of which bilateral talks were held.", "EGY"),
])
def test_talks_of_the_occasion(text: str, other: str) -> None:
    recs = extract_text(text, issuer="KEN", date="2024").records
    assert [tuple(r.to) for r in recs if r.type == "meeting"] == [(other,)]
