"""A joint press conference given with a foreign official ("spoke at a joint press
conference in Lima with the Peruvian Foreign Minister", "A and B held a joint press
conference"): the two sides met (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="ESP", date="2024-05-20").records
    return sorted((tuple(r.from_), tuple(r.to), r.date.start) for r in recs
                  if r.type == "meeting")


@pytest.mark.parametrize(("text", "partner", "day"), [
    ("The Minister spoke at a joint press conference in Madrid with Peruvian Foreign "
     "Minister Jose Soto on May 3.", "PER", "2024-05-03"),
    ("On 14 May the President gave a joint news conference with President Ana Lima of "
     "Brazil.", "BRA", "2024-05-14"),
    ("The Minister and Chilean Foreign Minister Rosa Diaz held a joint press conference "
     "on May 3.", "CHL", "2024-05-03"),
    ("After their talks, the Prime Minister held a joint press briefing on 9 May with "
     "the Prime Minister of Portugal.", "PRT", "2024-05-09"),
])
def test_the_two_sides_met(text: str, partner: str, day: str) -> None:
    assert _meetings(text) == [(("ESP",), (partner,), day)]


@pytest.mark.parametrize("text", [
    "The Minister held a press conference with journalists in Lima on May 3.",
    "The Minister held a joint press conference with the Minister of Health on May 3.",
])
def test_no_foreign_side_no_meeting(text: str) -> None:
    assert _meetings(text) == []


def test_an_opening_participle_frames_what_was_said() -> None:
    # ("Addressing a joint press conference with A, B said ...": B's words, their topic
    # countries no sides; the meeting is told by a finite verb)
    text = ("Addressing a joint press conference with Chilean President Rosa Diaz, the "
            "Peruvian President said that Bolivia had not replied.")
    assert _meetings(text) == []
