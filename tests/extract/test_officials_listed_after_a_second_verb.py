"""Officials listed after a second meeting verb are met besides the first verb's
official: "called on General Secretary A and met with Prime Minister B and Speaker C" is
three meetings. A partner named between the two verbs belongs to the first ("held a
meeting with Ukraine's Foreign Minister and had an exchange with the US Secretary of
State": one meeting each, not Ukraine twice)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str, issuer: str = "FIN") -> list[str]:
    res = extract_text(text, issuer=issuer, date="2025-03-20")
    return sorted(c for r in res.records if r.type == "meeting" for c in r.to)


@pytest.mark.parametrize(("text", "met"), [
    ("During his visit to Viet Nam, President Stubb called on General Secretary To Lam and "
     "met with Prime Minister Pham Minh Chinh and National Assembly Chairman Tran Thanh "
     "Man.", ["VNM", "VNM", "VNM"]),
    ("In Nairobi the Minister called on President Ruto and later met Foreign Minister "
     "Mudavadi and Defence Minister Tuya.", ["KEN", "KEN", "KEN"]),
    ("In Hanoi, the Foreign Minister was received by President Luong Cuong and then met "
     "Prime Minister Pham Minh Chinh and Foreign Minister Bui Thanh Son.",
     ["VNM", "VNM", "VNM"]),
    ("On the margins of the ministerial she held a meeting with Ukraine's Foreign Minister "
     "Andrii Sybiha and had a short exchange with US Secretary of State Marco Rubio.",
     ["UKR", "USA"]),
    ("On the sidelines, the Minister met the Foreign Minister of Chile and held talks with "
     "his Peruvian and Colombian counterparts.", ["CHL", "COL", "PER"]),
])
def test_officials_listed_after_a_second_verb_are_met_besides(text: str, met: list[str]) -> None:
    assert _met(text) == met
