""""The newly elected President of Chile" names someone else's office: no election of
ours; a country elected to a body still is one (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _elections(text: str) -> list[list[str]]:
    recs = extract_text("12 March 2025\n\n" + text, issuer="POL").records
    return [list(r.from_) for r in recs if r.type == "election"]


@pytest.mark.parametrize("text", [
    "The Minister sent a congratulatory message to the newly elected President of Chile.",
    "The Minister congratulated the recently elected Prime Minister of Japan.",
    "On 13 June, the newly elected President of Senegal paid a working visit to Warsaw.",
    "The Minister met the democratically elected Mayor of Kyiv.",
])
def test_an_official_newly_elected_elsewhere_is_no_election(text: str) -> None:
    assert _elections(text) == []


@pytest.mark.parametrize("text", [
    "The General Assembly elected Poland a non-permanent member of the Security Council.",
    "Poland was elected to the Human Rights Council with 160 votes.",
])
def test_our_country_elected_to_a_body_is_an_election(text: str) -> None:
    assert _elections(text) == [["POL"]]
