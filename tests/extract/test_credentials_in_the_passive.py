"""Credentials told in the passive, the envoys as the agent or named in the letters'
"of" phrase: one meeting (credentials) with each envoy's country."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[str]:
    res = extract_text(text, issuer="KAZ", date="2024-05-14")
    return sorted(c for r in res.records if r.type == "meeting" for c in r.to)


@pytest.mark.parametrize(("text", "met"), [
    ("Credentials were presented by the ambassadors of Austria, Bangladesh, Chile and "
     "Ghana.", ["AUT", "BGD", "CHL", "GHA"]),
    ("Letters of credence were handed over by the ambassadors of Austria, Nepal and "
     "Chile.", ["AUT", "CHL", "NPL"]),
    ("On Tuesday, letters of credence were also handed over by the High Commissioners of "
     "Ghana and Malta.", ["GHA", "MLT"]),
    ("Copies of credentials were presented to the Foreign Minister by the "
     "Ambassador-designate of Italy, Ms Lia Conti.", ["ITA"]),
    ("The credentials of the new Ambassador of Chile were presented to the King on "
     "3 May.", ["CHL"]),
    ("The President received the credentials of the ambassadors of five countries at the "
     "palace on Tuesday. Credentials were presented by the ambassadors of Ireland, "
     "Morocco, Nepal, Portugal and Zambia.", ["IRL", "MAR", "NPL", "PRT", "ZMB"]),
])
def test_credentials_presented_in_the_passive_are_meetings(text: str, met: list[str]) -> None:
    assert _met(text) == met


@pytest.mark.parametrize("text", [
    "The Minister noted that proposals were presented by the Ambassador of Chile.",
    "Credentials are presented to the Head of State in a solemn ceremony.",
])
def test_other_things_presented_or_a_custom_are_no_meeting(text: str) -> None:
    assert _met(text) == []
