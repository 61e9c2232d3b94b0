"""Meetings told by the plural noun "bilaterals" ("had bilaterals with Spain, France
and Italy") and by the list of someone's interlocutors with a place or a possessive
before the verb ("The Minister's interlocutors in Dakar included ...", "Among the
Minister's interlocutors were ...") are one meeting with each side named (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[str]:
    recs = extract_text(text, issuer="PRT", date="2023").records
    return sorted(c for r in recs if r.type == "meeting" and not r.optional
                  for c in r.to if c != "PRT")


@pytest.mark.parametrize(("text", "partners"), [
    ("Lisbon, 8 May 2023. The Minister had bilaterals with Spain, France and Italy on the "
     "margins of the Foreign Affairs Council.", ["ESP", "FRA", "ITA"]),
    ("Lisbon, 8 May 2023. On the margins of the Council, the Minister held bilaterals "
     "with her Spanish and French counterparts.", ["ESP", "FRA"]),
    ("Lisbon, 8 May 2023. In New York the Secretary of State held separate bilaterals "
     "with the foreign ministers of Ghana and Peru.", ["GHA", "PER"]),
    ("Lisbon, 8 May 2023. The Prime Minister also had several bilaterals with the "
     "leaders of Norway and Japan on 7 May.", ["JPN", "NOR"]),
    ("Lisbon, 8 May 2023. The Minister's interlocutors in Dakar included the President "
     "of Senegal and the Foreign Minister of Senegal.", ["SEN"]),
    ("Lisbon, 8 May 2023. Among the Minister's interlocutors were the foreign ministers "
     "of Kenya and Rwanda.", ["KEN", "RWA"]),
    ("Lisbon, 8 May 2023. The Secretary of State's interlocutors in Addis Ababa were the "
     "Foreign Minister of Ethiopia and the Chairperson of the AU Commission.", ["ETH"]),
    ("Lisbon, 8 May 2023. Among the Deputy Minister's interlocutors was the Speaker of the "
     "Parliament of Ghana.", ["GHA"]),
])
def test_meetings_told_by_bilaterals_or_interlocutors(text: str, partners: list[str]) -> None:
    assert _met(text) == partners


@pytest.mark.parametrize("text", [
    "Lisbon, 8 May 2023. The Minister will hold bilaterals with Spain and France next week.",
    "Lisbon, 8 May 2023. The Minister's interlocutors in Dakar were clear that the talks "
    "must go on.",
    "Lisbon, 8 May 2023. Bilaterals are an important part of every Council meeting.",
])
def test_no_meeting_without_one_held(text: str) -> None:
    assert _met(text) == []
