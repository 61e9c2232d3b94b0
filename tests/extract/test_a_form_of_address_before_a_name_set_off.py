"""A Commonwealth form of address before a name set off by commas ("Senator the Hon. A B,
Minister of Foreign Affairs", "Dr. the Hon. C D, Prime Minister") is one person's with
the office after it: one meeting, not one per title; each person of a list with a form
of address and a name of their own is still one meeting each (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str, issuer: str) -> list[str]:
    recs = extract_text(text, issuer=issuer, date="2023-11-06").records
    return sorted(r.to[0] for r in recs if r.type == "meeting" and r.to)


@pytest.mark.parametrize(("text", "issuer", "met"), [
    ("H.E. Ms. Sarah Collins, British High Commissioner to Barbados, paid a courtesy call on "
     "Senator the Hon. Kerrie Symmonds, Minister of Foreign Affairs and Foreign Trade, on "
     "Monday, 6 November 2023.", "BRB", ["GBR"]),
    ("The Ambassador of Japan paid a courtesy call on Senator the Honourable Kamina Johnson "
     "Smith, Minister of Foreign Affairs, on 6 November 2023.", "JAM", ["JPN"]),
    ("The Minister met Senator the Rt. Hon. Mark Field, Minister of State of the United "
     "Kingdom, on 6 November 2023.", "FJI", ["GBR"]),
])
def test_one_person(text: str, issuer: str, met: list[str]) -> None:
    assert _met(text, issuer) == met


@pytest.mark.parametrize(("text", "issuer", "met"), [
    # two persons, each with a form of address and a name of their own
    ("During the visit to Jamaica, the Minister met Senator the Hon. Aubyn Hill, Minister of "
     "Industry, and the Hon. Kamina Johnson Smith, Minister of Foreign Affairs, on 6 November "
     "2023.", "BRB", ["JAM", "JAM"]),
    # a title right before its own name ("Foreign Minister the Hon. B") is the next person
    ("During the visit, the Minister met Prime Minister the Hon. Andrew Holness, Foreign "
     "Minister the Hon. Kamina Johnson Smith and the Speaker on 6 November 2023.", "BRB",
     ["JAM", "JAM", "JAM"]),
])
def test_two_or_more_persons(text: str, issuer: str, met: list[str]) -> None:
    assert _met(text, issuer) == met
