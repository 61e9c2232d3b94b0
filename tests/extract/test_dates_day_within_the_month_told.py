"""An event with no date of its own after a bare month and a day of that month told
in the same sentence ("In March, the Minister paid an official visit to Japan, where on
11 March he held talks ... and the two signed a memorandum"): the day, not the month;
a day of another month named before it leaves the first date (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _agreements(text: str) -> list[str | None]:
    return [r.date.start for r in extract_text("Review of 2025\n\n" + text, issuer="CRI",
                                               date="2025").records if r.type == "agreement"]


@pytest.mark.parametrize("text", [
    "In March, the Minister paid an official visit to Japan, where on 11 March he held talks "
    "with Foreign Minister Iwaya Takeshi and the two signed a Memorandum of Cooperation.",
    "In March, the Minister travelled to Japan; on 11 March she held talks with the Japanese "
    "Foreign Minister and signed a memorandum on disaster risk reduction.",
])
def test_the_day_within_the_month_told(text):
    assert _agreements(text) == ["2025-03-11"]
