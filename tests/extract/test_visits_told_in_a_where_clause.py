"""A visit told in a relative clause of the place ("returned to Colombo yesterday from
Kuala Lumpur, where he had been on an official visit since Monday", "Lisbon, where she
was on a working visit") is a visit from the issuer to that place, from the day it
names (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

HEAD = "Kathmandu, 13 March 2025\n\n"


def _visits(text: str) -> list[tuple[str, str]]:
    recs = extract_text(text, issuer="NPL", date="2025-03-13").records
    return [("+".join(r.to), r.date.start or "") for r in recs if r.type == "visit"]


@pytest.mark.parametrize(("sentence", "visits"), [
    ("The Foreign Minister returned to Kathmandu yesterday from Hanoi, where he had been on "
     "an official visit since Monday.", [("VNM", "2025-03-10")]),
    ("The Foreign Minister spoke to the press in Lisbon, where she was on a working visit "
     "on 11 March.", [("PRT", "2025-03-11")]),
])
def test_a_visit_in_a_where_clause(sentence, visits):
    assert _visits(HEAD + sentence) == visits


def test_a_guests_stay_at_home_is_no_visit_abroad():
    text = HEAD + ("The Minister met the delegation in Kathmandu, where it was on a working "
                   "visit since Monday.")
    assert _visits(text) == []
