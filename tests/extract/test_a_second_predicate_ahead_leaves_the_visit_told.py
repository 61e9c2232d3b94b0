"""A visit going on, then a second predicate of the same traveller told as ahead
("is paying a state visit to A and is scheduled to return home today", "... and
will fly on to B tomorrow"): what is ahead is that predicate's, the visit is told;
a visit itself said to be ahead stays out (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[tuple[list[str], list[str]]]:
    return [(r.from_, r.to)
            for r in extract_text(text, issuer="NAM", date="2025-03-12").records
            if r.type == "visit"]


@pytest.mark.parametrize(("text", "to"), [
    ("President Hilda Vos is paying a state visit to Ghana and is scheduled to return to "
     "Windhoek today.", "GHA"),
    ("The Foreign Minister is on a working visit to Kenya and is expected to return home on "
     "Friday.", "KEN"),
    ("Minister Petrus Haingura is currently in Lima on an official visit and is scheduled to "
     "return home tomorrow.", "PER"),
    ("The Prime Minister is paying a two-day visit to Botswana and is due to meet President "
     "Boko in Gaborone.", "BWA"),
    ("The Deputy Minister is on a visit to Zambia and will fly on to Malawi tomorrow.", "ZMB"),
])
def test_the_visit_going_on_is_told(text, to):
    assert (["NAM"], [to]) in _visits(text)


@pytest.mark.parametrize("text", [
    "The state visit of President Vos to Ghana is scheduled for May.",
    "The President's visit to Ghana and Togo is scheduled to take place in May.",
    "The Minister will pay a visit to Kenya and is scheduled to return on Friday.",
    "The Prime Minister meets the President of Botswana in Gaborone tomorrow.",
])
def test_a_visit_said_to_be_ahead_stays_out(text):
    assert _visits(text) == []
