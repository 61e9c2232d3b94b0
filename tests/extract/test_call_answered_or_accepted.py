"""A call answered or accepted from someone ("answered a call from her Kenyan
colleague", "accepted a phone call from the Foreign Minister of Peru") is a call
from that side; a call from people who speak for no country is none (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str) -> list[tuple[list[str], list[str]]]:
    recs = extract_text(text, issuer="GHA", date="2024-06-06").records
    return [(list(r.from_), list(r.to)) for r in recs if r.type == "call"]


@pytest.mark.parametrize(("text", "caller"), [
    ("The Foreign Minister of Ghana answered a call from her Kenyan colleague on 5 June.",
     "KEN"),
    ("On 5 June the Minister accepted a phone call from the Foreign Minister of Peru.", "PER"),
    ("On 5 June, the President answered a telephone call from the President of Togo.",
     "TGO"),
])
def test_a_call_answered_is_from_the_caller(text: str, caller: str) -> None:
    assert _calls(text) == [([caller], ["GHA"])]


@pytest.mark.parametrize("text", [
    "On 5 June the Minister answered a call from journalists about Peru.",
    "On 5 June the Minister accepted a call for proposals from the Peruvian fund.",
])
def test_a_call_from_no_official_is_no_call(text: str) -> None:
    assert _calls(text) == []
