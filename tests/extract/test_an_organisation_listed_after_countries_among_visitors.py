"""An organisation listed after countries among the visitors ("delegations from China,
Iran and Qatar, as well as senior officials of the European Union, visited Kabul",
"Envoys from Ghana, Togo and the African Union visited Nairobi") made a visit too; a
country's role in the organisation ("Malta, holding the OSCE chair") adds none
(texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visitors(issuer: str, text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    recs = extract_text("The year in review\n\n" + text, issuer=issuer, date="2024").records
    return sorted((tuple(r.from_), tuple(r.organizations)) for r in recs if r.type == "visit")


@pytest.mark.parametrize(("issuer", "text", "org"), [
    ("AFG", "Over the year, delegations from China, Iran and Qatar, as well as senior officials "
     "of the European Union, visited Kabul.", "EU"),
    ("KEN", "Envoys from Ghana, Togo and the African Union visited Nairobi in May.", "AU"),
    ("GEO", "Delegations of Poland and Lithuania and representatives of NATO visited Tbilisi "
     "this year.", "NATO"),
    ("MDA", "High-level guests from Romania, France and the OSCE visited Chisinau in 2024.",
     "OSCE"),
    ("SRB", "Ministers from Hungary and Greece, as well as the Secretary General of the Council "
     "of Europe, visited Belgrade.", "COE"),
])
def test_the_organisation_visited_too(issuer: str, text: str, org: str) -> None:
    assert ((), (org,)) in _visitors(issuer, text)


def test_a_countrys_role_in_the_organisation_adds_no_visit() -> None:
    text = ("Last spring the foreign ministers of Austria, Romania and Malta, the latter as "
            "OSCE Chairman-in-Office, came to Baku.")
    assert all(not orgs for _c, orgs in _visitors("AZE", text))
