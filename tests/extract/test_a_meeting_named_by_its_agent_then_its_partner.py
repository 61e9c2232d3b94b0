"""A meeting named by its noun, its agent after "of" and its partner after "with"
("the meeting of the Minister with the President of Chile", "the negotiations of the
head of state with ...") is a meeting with the partner's country; a body's sitting
("the fourth meeting of the Mechanism of ... between A and B with ...") is not, nor is
a headline "Meeting of A with B" over a body that tells the meeting (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, issuer: str = "TKM") -> list[tuple[str, ...]]:
    recs = extract_text(text, issuer=issuer, date="2024").records
    return [tuple(r.to) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("text", "to"), [
    ("During the meeting of the Minister with President of Chile Gabriel Boric, which was "
     "held in Santiago, trade was considered.", "CHL"),
    ("The meeting of Foreign Minister Rashid Meredov with the Prime Minister of Japan took "
     "place on 4 May in Tokyo.", "JPN"),
    ("On 4 May, a meeting of the Turkmen delegation with the Deputy Foreign Minister of "
     "Korea was held in Seoul.", "KOR"),
    ("The negotiations of the head of state with the President of Azerbaijan were held in "
     "Baku on 12 March.", "AZE"),
    ("At the meeting of Mr Meredov with his Iranian counterpart, the sides reviewed transit "
     "projects.", "IRN"),
])
def test_a_meeting_of_an_agent_with_a_partner(text: str, to: str) -> None:
    assert _meetings(text) == [(to,)]


def test_a_bodys_numbered_sitting_is_no_meeting() -> None:
    assert _meetings("In Quito the Vice Minister held the fourth meeting of the Mechanism of "
                     "Bilateral Consultations between Ecuador and Peru with the Vice "
                     "Minister of Peru.", issuer="ECU") == []


def test_a_headline_over_the_body_that_tells_the_meeting() -> None:
    text = ("Meeting of Foreign Minister Anna Berg with the Foreign Minister of Portugal, "
            "João Costa, and the delegation he leads (Stockholm, 03.05.2024)\n"
            "Foreign Minister Anna Berg met today in Stockholm with the Foreign Minister of "
            "Portugal, João Costa.\n")
    assert _meetings(text, issuer="SWE") == [("PRT",)]
