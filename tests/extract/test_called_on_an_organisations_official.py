"""A courtesy call on an organisation's head ("called on the Chairperson of the African
Union Commission", "calls on the Director-General of the WTO") is a meeting with that
organisation, like one on a minister (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[str, str]]:
    recs = extract_text(text, issuer="NZL", date="2025-11-06").records
    return sorted(("+".join(r.to), "+".join(r.organizations)) for r in recs
                  if r.type == "meeting")


@pytest.mark.parametrize("sentence", [
    "On 5 November the Minister called on the Chairperson of the African Union Commission, "
    "Mahmoud Ali Youssouf.",
    "The following day she called on the Chairperson of the AU Commission in Addis Ababa.",
])
def test_a_call_on_the_head_of_an_organisation_is_a_meeting(sentence):
    text = "Wellington, 6 November 2025\n\nThe Minister arrived in Addis Ababa on 4 November. "
    met = _meetings(text + sentence)
    assert len(met) == 1 and met[0][0] == "" and met[0][1].startswith("AU")


def test_a_call_on_a_chairperson_of_a_firm_names_no_partner():
    text = ("Wellington, 6 November 2025\n\nThe Minister called on the chairperson of the "
            "local dairy cooperative.")
    assert _meetings(text) == []
