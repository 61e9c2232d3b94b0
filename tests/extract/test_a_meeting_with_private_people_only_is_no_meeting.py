"""A meeting whose whole object is private people ("met with Kenyan businessmen
investing in Norway", "met a group of Indian investors") is no meeting between two
sides, whoever the subject is; a list that also names an official keeps the official's
side (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str, issuer: str) -> list[tuple]:
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start)
                  for r in extract_text(text, issuer=issuer, date="2023-01-20").records)


@pytest.mark.parametrize(("text", "issuer"), [
    ("The Foreign Minister also met with Kenyan businessmen investing in Norway at the "
     "Embassy of Norway in Nairobi.", "NOR"),
    ("The Foreign Minister of Spain also met with Vietnamese business leaders at the "
     "Spanish Embassy in Hanoi.", "VNM"),
    ("On Tuesday the Minister met a group of Brazilian investors in Lisbon.", "PRT"),
    ("The Deputy Minister met with leading Egyptian entrepreneurs during the forum.", "IRL"),
    ("The Secretary of State met Mexican journalists at the residence.", "ESP"),
])
def test_a_meeting_with_private_people_only_gives_no_record(text: str, issuer: str) -> None:
    assert _records(text, issuer) == []


def test_an_official_listed_with_the_private_people_keeps_the_meeting() -> None:
    text = "The Foreign Minister met Kenyan investors and the Minister of Trade of Kenya."
    assert ("meeting", ("NOR",), ("KEN",), "2023-01-20") in _records(text, "NOR")


def test_a_meeting_with_an_official_then_private_people_keeps_the_official() -> None:
    text = ("The Foreign Minister held talks with the Foreign Minister of Peru and later met "
            "Peruvian business leaders.")
    assert _records(text, "CHL") == [("meeting", ("CHL",), ("PER",), "2023-01-20")]
