"""A call named with "of" after the verb that took or returned it ("returned the call
of his Estonian counterpart", "took the call of the Foreign Minister of Peru") is a
call with that side (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "partner"), [
    ("Minister Darchiashvili returned the call of his Estonian counterpart on Monday.",
     "EST"),
    ("On Monday the Minister took the call of the Foreign Minister of Peru.", "PER"),
    ("The Minister answered the phone call of the Chilean Foreign Minister on Monday.",
     "CHL"),
])
def test_a_call_of_a_side_is_a_call(ex, text, partner):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["call"])
    assert [(set(g[1] + g[2]), g[3]) for g in got] == [({"GEO", partner}, "2024-03-11")]


def test_a_call_of_no_one_is_none(ex):
    assert ex("The Minister took the call of duty seriously on Monday.", issuer="GEO",
              date="2024-03-14", types=["call"]) == []
