"""The European Union's envoys in a country, listed beside that country's officials
("met the Head of the EU Delegation to Peru and the Deputy Foreign Minister of Peru",
"a representative from the EU Delegation to Peru, the Vice Minister of ..."): a meeting
with the EU besides the one with the country, not the country's alone. An envoy of the
country to the EU ("the Ambassador of Peru to the EU") is the country's (sentences of
our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "On 30 May, the Minister met with the Head of the EU Delegation to Peru and the Deputy "
    "Foreign Minister of Peru.",
    "On 30 May, the Minister met with the Deputy Foreign Minister of Peru and the Head of "
    "the EU Delegation to Peru.",
    "On 30 May, the Minister met with the Deputy Foreign Minister of Peru and the EU "
    "Ambassador to Peru.",
    "On 30 May, the Latvian delegation met a senior representative of the EU Delegation to "
    "Peru, the Vice Minister of Peru's foreign ministry, as well as the head of a think tank.",
    "On 30 May, the State Secretary held talks with the Peruvian Deputy Foreign Minister and "
    "with officials of the European Union Delegation in Lima.",
])
def test_both_are_met(ex, text):
    got = ex(text, issuer="LVA", date="2023-05-31", types=["meeting"])
    assert got == [("meeting", ("LVA",), (), "2023-05-30"),
                   ("meeting", ("LVA",), ("PER",), "2023-05-30")]


@pytest.mark.parametrize("text", [
    "On 30 May, the Minister met the Ambassador of Peru to the EU.",
    "On 30 May, the Minister met the Peruvian Ambassador to the European Union.",
])
def test_a_countrys_envoy_to_the_eu_is_the_countrys(ex, text):
    got = ex(text, issuer="LVA", date="2023-05-31", types=["meeting"])
    assert got == [("meeting", ("LVA",), ("PER",), "2023-05-30")]
