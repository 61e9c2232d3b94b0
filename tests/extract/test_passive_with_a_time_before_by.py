"""A passive visit or call with its time between the verb and "by" ("was visited on
9 March by", "was phoned yesterday by", "was called, on Monday, by"): the one after
"by" is the visitor or the caller (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "day"), [
    ("Georgia was visited on 9 March by the Foreign Minister of Chile.", "2025-03-09"),
    ("Tbilisi was visited yesterday by the Foreign Minister of Chile.", "2025-03-11"),
    ("Batumi was visited, on Monday, by the Foreign Minister of Chile.", "2025-03-10"),
])
def test_a_time_before_by_keeps_the_passive_visit(ex, text, day):
    got = ex(text, issuer="GEO", date="2025-03-12", types=["visit"])
    assert got == [("visit", ("CHL",), ("GEO",), day)]


@pytest.mark.parametrize(("text", "day"), [
    ("The Minister was called on Monday by the Foreign Minister of Italy.", "2025-03-10"),
    ("The Minister was phoned yesterday by his Italian counterpart.", "2025-03-11"),
    ("The Prime Minister was called, on 10 March, by the President of Italy.", "2025-03-10"),
])
def test_a_time_before_by_keeps_the_caller(ex, text, day):
    got = ex(text, issuer="GEO", date="2025-03-12", types=["call"])
    assert got == [("call", ("ITA",), ("GEO",), day)]


@pytest.mark.parametrize("text", [
    "The country was visited in 2024 by two million tourists.",
    "The Minister was called on Monday to the Parliament by the Speaker.",
])
def test_no_official_after_by_is_no_visit_or_call(ex, text):
    assert ex(text, issuer="GEO", date="2025-03-12", types=["visit", "call"]) == []
