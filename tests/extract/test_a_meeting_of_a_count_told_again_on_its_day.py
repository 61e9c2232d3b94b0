"""A meeting named as one of a counted set ("attended five bilateral meetings, including
the Norway-Canada summit meeting", "held six meetings, including one with the Prime
Minister of Canada") and told elsewhere on its own day is that meeting, not a second one
dated by the page's day or the week; told nowhere else, or in another month, it stays
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    recs = extract_text(text, issuer="NOR", date="2021-06-20").records
    return sorted((tuple(r.to), r.date.start) for r in recs if r.type == "meeting")


@pytest.mark.parametrize("text", [
    "During the week in Brussels I attended five bilateral meetings, including the "
    "Norway-Canada summit meeting. I attended the Norway-Canada summit meeting on the 17th.",
    "This week the Prime Minister held six bilateral meetings, including one with the Prime "
    "Minister of Canada. On 17 June she met the Prime Minister of Canada, Mr Carney, to "
    "discuss trade.",
    "The Minister had several meetings in Ottawa, including talks with her Canadian "
    "counterpart. She met the Foreign Minister of Canada on 17 June.",
    "On 17 June the Minister met the Foreign Minister of Canada. Over the week she held "
    "seven meetings, including the one with her Canadian counterpart.",
])
def test_one_meeting_on_its_day(text: str) -> None:
    assert _meetings(text) == [(("CAN",), "2021-06-17")]


@pytest.mark.parametrize("text, expected", [
    ("In Brussels I attended five bilateral meetings, including the Norway-Canada summit "
     "meeting.", [(("CAN",), "2021-06-20")]),
    ("In May the Prime Minister held six bilateral meetings, including one with the Prime "
     "Minister of Canada. On 17 June she met the Prime Minister of Canada, Mr Carney.",
     [(("CAN",), "2021-05"), (("CAN",), "2021-06-17")]),
])
def test_told_nowhere_else_or_in_another_month(text: str, expected: list) -> None:
    assert _meetings(text) == expected
