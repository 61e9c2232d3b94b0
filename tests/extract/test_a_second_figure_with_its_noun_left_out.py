"""A second figure of the same things with the noun left out, after a first count in
the sentence ("140 calls, 24 of which were ...", "39 visits by A, and 12 from B",
"27 agreements, including four with Japan and three with Korea", "five embassies in
Africa and two in Asia"), is a counted fact too (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("text", "values"), [
    ("The Minister held 140 calls, 24 of which were with heads of state.", {140, 24}),
    ("The Minister hosted 39 visits by heads of state, and 12 from heads of international "
     "bodies.", {39, 12}),
    ("27 agreements were signed, including four with Japan and three with Korea.",
     {27, 4, 3}),
    ("The Ministry opened five embassies in Africa and two in Asia.", {5, 2}),
    ("The Ministry trained 80 diplomats, 35 of whom came from Africa.", {80, 35}),
])
def test_counted(text: str, values: set[int]) -> None:
    recs = extract_text("Results of the year 2024\n\n" + text, issuer="KEN", date="2024").records
    assert {r.quantity.value for r in recs if r.quantity} == values
