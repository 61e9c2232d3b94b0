"""The anniversary (or centenary) of a treaty's conclusion is a landmark of the
past, no signing; a treaty concluded on the day told still is one (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _agreements(text: str, issuer: str = "NOR") -> list[tuple[str, ...]]:
    recs = extract_text(text, issuer=issuer, date="2020-02-02").records
    return sorted(tuple(sorted(r.from_ + r.to)) for r in recs if r.type == "agreement")


@pytest.mark.parametrize("text", [
    "This year marks the 50th anniversary of the conclusion of the Norway-Iceland "
    "agreement on fisheries.",
    "The ministers spoke of deeper ties in a year that marks the 25th anniversary of the "
    "conclusion of the treaty of friendship between Norway and Estonia.",
    "Guests gathered to mark the centenary of the conclusion of the Norway-Denmark "
    "convention on border rivers.",
])
def test_an_anniversary_of_a_conclusion_is_no_signing(text: str) -> None:
    assert _agreements(text) == []


@pytest.mark.parametrize("text", [
    "On 1 February Norway and Iceland concluded an agreement on fisheries in Oslo.",
    "The visit ended on 1 February with the conclusion of two agreements between Norway "
    "and Iceland.",
])
def test_a_conclusion_told_on_its_day_is_a_signing(text: str) -> None:
    assert _agreements(text) == [("ISL", "NOR")]
