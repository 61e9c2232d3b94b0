"""The span of years in a document's or a programme's name ("the Statement of
Partnership 2024–2028") is part of the name, not the time of the signing; a span
of years that is a time ("In 2023–2024") still dates (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _dated(text: str) -> list[tuple[str, str | None]]:
    return [(r.type, r.date.start)
            for r in extract_text(text, issuer="WSM", date="2024-07-19").records
            if r.type in ("agreement", "visit")]


@pytest.mark.parametrize("text", [
    "The two Ministers signed the Samoa–Fiji Statement of Partnership 2024–2028.",
    "Today the Prime Minister and her Fijian counterpart signed the Joint Plan of Action "
    "2024–2027.",
    "The Samoa–Fiji Cooperation Programme 2024–28 was signed by the two Ministers today.",
    "The two Ministers signed the Development Cooperation Framework 2023–2027 with Fiji.",
])
def test_years_in_a_name_are_no_date(text):
    assert _dated(text) == [("agreement", "2024-07-19")]


def test_a_day_named_beside_the_name_still_dates():
    text = "On 18 July the two Ministers signed the Samoa-Fiji Plan of Action 2024–2027."
    assert _dated(text) == [("agreement", "2024-07-18")]


@pytest.mark.parametrize(("text", "year"), [
    ("In 2022–2023 the Minister visited Fiji.", "2022"),
    ("From 2021–2023 the Minister visited Fiji once.", "2021"),
])
def test_a_span_of_years_that_is_a_time_still_dates(text, year):
    assert _dated(text) == [("visit", year)]
