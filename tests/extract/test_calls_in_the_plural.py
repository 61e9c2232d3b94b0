"""Calls told in the plural with no article are one call each, the callers first
("received congratulatory calls from the leaders of A, B and C"); counterparts "in"
their countries are those countries' ("her counterparts in Brazil and India"). Not
courtesy calls (meetings) nor a count of calls."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str) -> list[tuple[str, str]]:
    res = extract_text(text, issuer="ZAF", date="2024-05-14")
    return sorted((r.from_[0], r.to[0]) for r in res.records if r.type == "call")


@pytest.mark.parametrize(("text", "calls"), [
    ("The President received congratulatory calls from the leaders of Kenya, Ghana and "
     "Nigeria following his re-election.", [("GHA", "ZAF"), ("KEN", "ZAF"), ("NGA", "ZAF")]),
    ("Minister Pandor took calls from her counterparts in Brazil and India on Tuesday.",
     [("BRA", "ZAF"), ("IND", "ZAF")]),
    ("On Monday the Minister received separate calls from the Foreign Ministers of Egypt and "
     "Jordan.", [("EGY", "ZAF"), ("JOR", "ZAF")]),
    ("The Deputy President made follow-up calls to the Prime Ministers of Lesotho and "
     "Eswatini.", [("ZAF", "LSO"), ("ZAF", "SWZ")]),
    ("Minister Pandor spoke with her counterparts in Brazil and India by phone on Tuesday.",
     [("ZAF", "BRA"), ("ZAF", "IND")]),
])
def test_calls_in_the_plural_are_one_call_each(text: str, calls: list[tuple[str, str]]) -> None:
    assert _calls(text) == calls


@pytest.mark.parametrize("text", [
    "The President received 120 congratulatory calls from citizens.",
    "The Minister paid courtesy calls on the President and the Speaker of Kenya.",
])
def test_courtesy_calls_and_counts_are_no_calls(text: str) -> None:
    assert _calls(text) == []
