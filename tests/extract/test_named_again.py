"""A meeting reported in the lead and named again in the body ("In a meeting
with ...", "Her talks with ... covered ...") is one meeting; another official
of the same side met separately is another (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

LEAD = ("Foreign Minister Ana Ruiz held bilateral meetings on Monday with her counterparts "
        "from Chile, Peru and Ghana on the margins of the summit in Lima.\n\n")


def _meetings(text: str) -> list[tuple[str, ...]]:
    return [tuple(r.to) for r in extract_text(text, issuer="ESP", date="2024-05-06").records
            if r.type == "meeting"]


@pytest.mark.parametrize("body", [
    "In a meeting with Chile's Minister of Foreign Affairs, Alberto van Klaveren, the two "
    "ministers reviewed trade ties.",
    "At a bilateral meeting with the Chilean Foreign Minister, Ms Ruiz welcomed the new "
    "air link.",
    "Her meeting with Alberto van Klaveren, the Foreign Minister of Chile, focused on "
    "energy and trade.",
    "Ruiz's talks with her Chilean counterpart covered the pension agreement.",
    "During a one-on-one meeting with the Foreign Minister of Chile, the ministers agreed "
    "to meet again in Santiago.",
])
def test_a_meeting_named_again_in_the_body_is_the_same_meeting(body):
    assert sorted(_meetings(LEAD + body)) == [("CHL",), ("GHA",), ("PER",)]


@pytest.mark.parametrize("body", [
    "In a separate meeting with the President of Chile, she discussed energy.",
    "Later she also met the President of Chile, Gabriel Boric.",
    "In a separate meeting with President Gabriel Boric of Chile, she discussed energy.",
])
def test_another_official_of_the_same_side_is_another_meeting(body):
    assert sorted(_meetings(LEAD + body)) == [("CHL",), ("CHL",), ("GHA",), ("PER",)]


@pytest.mark.parametrize("text", [
    "Foreign Minister Ana Ruiz met the Foreign Minister of Chile in Lima on 3 May.",
    "Minister Ana Ruiz held talks with her Chilean counterpart in Lima on 3 May.",
])
def test_a_short_lead_sentence_before_the_body_is_not_a_title(text):
    body = "\n\nThe two ministers reviewed trade ties and the pension agreement."
    assert _meetings(text + body) == [("CHL",)]


def test_a_title_case_first_line_is_a_title():
    text = ("Foreign Minister Meets Chilean Counterpart In Lima.\n\n"
            "Foreign Minister Ana Ruiz met the Foreign Minister of Chile in Lima on 3 May.")
    recs = [r for r in extract_text(text, issuer="ESP", date="2024-05-06").records
            if r.type == "meeting"]
    assert [(r.to, r.date.start) for r in recs] == [(["CHL"], "2024-05-03")]
