"""An occasion used for talks with someone ("used the platform to discuss trade
with his counterparts from A and B", "seized the opportunity to meet with ...",
"found time to meet ..."): a meeting with each (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="CHE", date="2025-07-12").records
    return sorted(list(r.to) for r in recs if r.type == "meeting")


@pytest.mark.parametrize(("text", "partners"), [
    ("On 10 July Mr Cassis used the platform to discuss trade with his counterparts from "
     "Malaysia and Singapore.", [["MYS"], ["SGP"]]),
    ("On 10 July the Minister took the opportunity to discuss trade with the Foreign "
     "Minister of Malaysia.", [["MYS"]]),
    ("On the margins of the forum on 10 July, the Minister also found time to meet the "
     "Foreign Minister of Malaysia.", [["MYS"]]),
    ("On 10 July the Minister seized the opportunity to meet with counterparts from "
     "Malaysia and Singapore.", [["MYS"], ["SGP"]]),
    ("On 10 July the Federal Councillor used his stay in Geneva to hold talks with the "
     "Foreign Minister of Malaysia.", [["MYS"]]),
])
def test_an_occasion_used_for_talks_is_a_meeting(text: str, partners: list[list[str]]) -> None:
    assert _meetings(text) == partners


@pytest.mark.parametrize("text", [
    "On 10 July the Minister used the platform to discuss the future of trade in Asia.",
    "On 10 July the Minister took the opportunity to thank Malaysia for its support.",
])
def test_an_occasion_used_for_something_else_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []
