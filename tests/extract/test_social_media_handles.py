"""A social-media handle that spells an office-holder's name ("@elinavaltonen",
"@antonio_tajani") or ends with the surname ("@alexstubb") names that person,
and so their side; a handle of nobody known, or of our own minister, names no
side (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[tuple[str, ...]]:
    recs = extract_text(text, issuer="SWE", date="2025-06-02").records
    return [tuple(r.to) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("text", "to"), [
    ("Good to be in Rome today for talks with my colleague @antonio_tajani on migration.",
     ("ITA",)),
    ("Had the honour of meeting President @KagutaMuseveni at State House today.", ("UGA",)),
    ("Also had the honour of meeting President @alexstubb at the palace.", ("FIN",)),
    ("Today I held talks with @ElinaValtonen in Stockholm about the Baltic Sea.", ("FIN",)),
])
def test_a_handle_names_its_holders_side(text: str, to: tuple[str, ...]) -> None:
    assert _met(text) == [to]


@pytest.mark.parametrize("text", [
    "Today I held talks with @nordicfriends in Stockholm about the Baltic Sea.",
    "Today I held talks with @tajanifanclub in Stockholm about the Baltic Sea.",
])
def test_a_handle_of_nobody_known_names_no_side(text: str) -> None:
    assert _met(text) == []
