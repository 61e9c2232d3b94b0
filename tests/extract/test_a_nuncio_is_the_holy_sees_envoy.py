"""The "Apostolic" or "Papal" Nuncio is the Holy See's envoy: met or received, or
listed among envoys presenting credentials, the Holy See is the counterpart. The
adjective alone (an "Apostolic Church") names no country (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[str]:
    recs = extract_text(text, issuer="TKM", date="2022-05-03").records
    return sorted({c for r in recs if r.type == "meeting" for c in r.to})


@pytest.mark.parametrize(("text", "partners"), [
    ("Today the Speaker received credentials from the Ambassadors of Norway and Ghana, "
     "and also from the Apostolic Nuncio.", ["GHA", "NOR", "VAT"]),
    ("Today the Foreign Minister received the Apostolic Nuncio.", ["VAT"]),
    ("On Tuesday the Deputy Minister met the Papal Nuncio to discuss education.", ["VAT"]),
    ("The new Apostolic Nuncio presented a copy of his credentials to the Foreign "
     "Minister on 3 May.", ["VAT"]),
])
def test_the_nuncio_is_the_holy_sees_envoy(text: str, partners: list[str]) -> None:
    assert _met(text) == partners


@pytest.mark.parametrize("text", [
    "The President met the head of the Armenian Apostolic Church on Sunday.",
    "On 3 May the Minister met the Apostolic Administrator of the diocese.",
])
def test_an_apostolic_church_or_office_is_no_country(text: str) -> None:
    assert "VAT" not in _met(text)
