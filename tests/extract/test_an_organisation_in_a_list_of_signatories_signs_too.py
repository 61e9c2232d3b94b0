"""An organisation coordinated in the list of countries an agreement is signed with is
a counterpart too, one agreement each: "we signed agreements with Peru, Chile, the Saudi
Fund for Development and the European Union". An organisation named elsewhere in the
sentence (a venue, a topic) is not (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_HEAD = "Review of the year 2023\n\n"


def _signed(text: str) -> list[tuple[list[str], list[str]]]:
    recs = extract_text(text, issuer="ARG", date="2023").records
    return sorted((r.to, r.organizations) for r in recs if r.type == "agreement")


@pytest.mark.parametrize(("text", "expected"), [
    ("We signed 12 agreements with Peru, Chile, the Saudi Fund and the European Union.",
     [([], ["EU"]), ([], ["SFD"]), (["CHL"], []), (["PER"], [])]),
    ("In the financial field, the Ministry signed agreements with Bolivia, the Kuwait "
     "Fund for Arab Economic Development and the French Development Agency.",
     [([], ["AFD"]), ([], ["KFAED"]), (["BOL"], [])]),
    ("Agreements were signed with Uruguay, Paraguay and the African Union.",
     [([], ["AU"]), (["PRY"], []), (["URY"], [])]),
    ("We signed memoranda with Ecuador, the OPEC Fund and the Abu Dhabi Fund for "
     "Development.", [([], ["ADFD"]), ([], ["OFID"]), (["ECU"], [])]),
])
def test_listed_organisations_sign(text: str, expected: list) -> None:
    assert _signed(_HEAD + text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # an organisation as the venue or the topic, not in the list signed with
    ("At the European Union summit, we signed agreements with Peru and Chile.",
     [(["CHL"], []), (["PER"], [])]),
    ("We signed agreements with Peru and Chile on trade with the European Union.",
     [(["CHL"], []), (["PER"], [])]),
])
def test_other_organisations_do_not(text: str, expected: list) -> None:
    assert _signed(_HEAD + text) == sorted(expected)
