"""A head of state or minister met who is said, in a clause after the name, to chair
an organisation ("President Lourenço, who is the current Chairperson of the African
Union", "Prime Minister Anwar, who holds the rotating chair of ASEAN") is met as his
country's, not the organisation's; an organisation's own official is still the
organisation's (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_OPENING = "The Minister of Foreign Affairs of Zimbabwe arrived in Luanda on Tuesday. "


def _meetings(text: str) -> list[tuple[list[str], list[str]]]:
    return [(r.to, r.organizations)
            for r in extract_text(text, issuer="ZWE", date="2025-07-25").records
            if r.type == "meeting"]


@pytest.mark.parametrize("sentence", [
    "On Wednesday she paid a courtesy call on President Lourenço, who is the current "
    "Chairperson of the African Union.",
    "On Wednesday she was received by President Lourenço, who currently chairs the "
    "Southern African Development Community.",
    "On Wednesday she called on President Lourenço, who holds the rotating chairmanship "
    "of the African Union.",
])
def test_a_host_who_chairs_an_organisation_is_met_as_his_country(sentence):
    assert _meetings(_OPENING + sentence) == [(["AGO"], [])]


def test_an_organisations_own_official_is_still_the_organisation():
    text = (_OPENING + "On Wednesday she met Mr Mahmoud Ali Youssouf, who is the Chairperson "
            "of the African Union Commission.")
    assert [(to, bool(orgs)) for to, orgs in _meetings(text)] == [([], True)]
