"""An occasion told as taken, "It was a fine opportunity to meet with ..., and to sit
down with the Secretary of State", "The summit was a welcome chance to meet the Foreign
Minister of Chile": a meeting with each official named, as "I had the opportunity to
meet" is; the representatives "of some of the 70 (approx.) countries" met are a count,
no meeting with the partner in focus. An opportunity ahead ("will be an opportunity
to meet") is none (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_FIRST = "In Washington, I attended a ministerial meeting of the Global Coalition. "


def _met(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="IRL", date="2019-02-07").records
    return sorted(r.to for r in recs if r.type == "meeting")


@pytest.mark.parametrize(("text", "expected"), [
    (_FIRST + "The day was a fine opportunity to meet with delegates of some of the 40 "
     "approx. nations present, and to sit down with US Secretary of State, Jane Roe, over "
     "coffee.", [["USA"]]),
    ("The Minister attended the summit. It was a welcome chance to meet the Foreign "
     "Minister of Chile.", [["CHL"]]),
    ("The conference proved a valuable opportunity to see my Peruvian counterpart, and to "
     "talk with the Foreign Minister of Bolivia.", [["BOL"], ["PER"]]),
    ("The reception offered us the opportunity to meet with the Prime Minister of Malta.",
     [["MLT"]]),
])
def test_the_opportunity_taken(text: str, expected: list) -> None:
    assert _met(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # representatives of counted countries only: no meeting with a side
    (_FIRST + "It proved a fine opportunity to meet with delegates of some of the 40 "
     "nations present.", []),
    # an opportunity ahead
    ("The summit will be a good opportunity to meet the Foreign Minister of Chile.", []),
])
def test_no_meeting_with_a_side(text: str, expected: list) -> None:
    assert _met(text) == sorted(expected)
