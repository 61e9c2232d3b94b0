"""Days in brackets after one item of a list ("The visits of the President of Kenya
to our country (March 3-4 and July 9, 2024), the opening of our embassy, and the
signing of a trade agreement ...") are that item's: another item of the list does
not take them (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

REVIEW = "Review of the foreign policy activities in 2024\n\n"


def _days(text: str, kind: str) -> list[str | None]:
    recs = extract_text(REVIEW + text, issuer="UGA", date="2024").records
    return sorted(r.date.start for r in recs if r.type == kind)


@pytest.mark.parametrize("text", [
    "The visits of the President of Kenya to our country (March 3-4 and July 9, 2024), the "
    "opening of our embassy in Nairobi, and the signing of a trade agreement between the two "
    "countries were the highlights of the year.",
    "The visits of the President of Kenya to our country (March 3-4 and July 9, 2024), the "
    "signing of a trade agreement between the two countries were significant events.",
])
def test_the_bracketed_days_stay_with_their_item(text: str) -> None:
    assert _days(text, "visit") == ["2024-03-03", "2024-07-09"]
    assert _days(text, "agreement") == ["2024"]


def test_a_clause_of_the_item_keeps_its_days() -> None:
    text = ("The President of Uganda visited Kenya (March 3-4, 2024), where the two "
            "Presidents signed a trade agreement.")
    assert _days(text, "agreement") == ["2024-03-03"]


def test_a_second_verb_keeps_the_days() -> None:
    text = ("The President of Uganda met the President of Kenya in Nairobi (March 3, 2024), "
            "and signed a trade agreement with him.")
    assert _days(text, "agreement") == ["2024-03-03"]
