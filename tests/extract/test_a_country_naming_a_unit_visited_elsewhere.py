"""A country's name used to name a unit or team visited where it serves ("visited the RAF
Syria crew in Cyprus", "the Ukraine support team in Poland"): the visit went to the place
after "in", not to the country that names the unit (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("issuer", "text", "hosts"), [
    ("GBR", "The Prime Minister visited the RAF Syria crew in Cyprus on Monday.", {"CYP"}),
    ("FRA", "The Minister visited the French Mali contingent in Niger last week.", {"NER"}),
    ("DEU", "The Chancellor visited the Afghanistan mission staff in Qatar.", {"QAT"}),
    ("NOR", "The Foreign Minister visited the Ukraine support team in Poland on 3 May.",
     {"POL"}),
    ("ESP", "The Minister visited the Lebanon peacekeeping unit in Cyprus and then flew to "
     "Greece.", {"CYP", "GRC"}),
    ("GBR", "The Prime Minister visited Syria in May.", {"SYR"}),
])
def test_the_place_where_the_unit_serves(issuer: str, text: str, hosts: set[str]) -> None:
    recs = extract_text(text, issuer=issuer, date="2024-05-10").records
    assert {c for r in recs if r.type == "visit" for c in r.to} == hosts
