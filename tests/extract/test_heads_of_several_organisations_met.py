"""The heads of several organisations met as one plural office ("met the
Secretaries-General of A, B and C", "the heads of the X and the Y") are one
meeting with each organisation listed, as "the Foreign Ministers of A, B and C"
are one with each country. A single head, or organisations named after another
preposition, stay one meeting (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[str]:
    res = extract_text(text, issuer="NOR", date="2023-05-05")
    return sorted(o for r in res.records if r.type == "meeting" and not r.to
                  for o in r.organizations)


@pytest.mark.parametrize("text, orgs", [
    ("On the margins, the Minister held talks with the Secretaries-General of ECO, D-8 "
     "and CICA.", ["CICA", "D8", "ECO"]),
    ("On the margins she held talks with the Secretaries General of ASEAN, the OIC and "
     "the African Union.", ["ASEAN", "AU", "OIC"]),
    ("The Minister met the heads of the IMF and the World Bank in Washington on Friday.",
     ["IMF", "WB"]),
    ("In Geneva the State Secretary received the Directors-General of the WTO and the "
     "ICRC.", ["ICRC", "WTO"]),
])
def test_each_organisation_whose_head_was_met(text, orgs):
    assert _met(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("He met the Secretary-General of the OIC in Jeddah.", ["OIC"]),
    # a meeting of heads held under an organisation: not its members' heads
    ("The Minister met the heads of delegation at the ASEAN summit.", []),
])
def test_one_head_or_no_list_is_no_more(text, orgs):
    assert _met(text) == orgs
