"""An organisation named only as the premises where something took place ("at the
United Nations Office in Accra", "at the African Union headquarters") is a venue,
not the side met; its own officials met there still are (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met_orgs(text: str) -> list[str]:
    recs = extract_text(text, issuer="GHA").records
    return sorted({o for r in recs if r.type == "meeting" for o in r.organizations})


@pytest.mark.parametrize("text", [
    "Ghana is proud to have hosted the 3rd West Africa Mid-Year Coordination Meeting from "
    "May 2 to 4, 2023 at the United Nations Office in Accra.",
    "The regional coordination meeting was held on 2 May 2023 at the African Union "
    "headquarters in Addis Ababa.",
])
def test_the_organisations_premises_are_no_side(text: str) -> None:
    assert _met_orgs(text) == []


@pytest.mark.parametrize(("text", "org"), [
    ("On May 2, 2023 the Minister met the Secretary-General of the United Nations at the "
     "United Nations headquarters in Manhattan.", "UN"),
    ("On May 2, 2023 the Minister met officials of the European Union at its office in "
     "Accra.", "EU"),
])
def test_the_organisations_officials_met_there_are_a_side(text: str, org: str) -> None:
    assert org in _met_orgs(text)
