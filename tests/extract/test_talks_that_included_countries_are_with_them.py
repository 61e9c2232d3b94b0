"""Talks named again whose sides follow "included" or "involved" ("The talks, held at the
ministry, included Chile, Peru and the European Union", "The meetings involved Kenya and
Ghana") are meetings with each side listed; talks that included a topic or a meal tell no
new side (texts of our own)."""

from __future__ import annotations

import pytest

LEAD = "Foreign Minister Sara Holm held bilateral talks on the margins of the summit. "


@pytest.mark.parametrize("text, partners", [
    ("The talks, held at the Foreign Ministry, included Chile, Peru and Mexico.",
     [("CHL",), ("MEX",), ("PER",)]),
    ("Those meetings involved Kenya, Ghana and Nigeria.", [("GHA",), ("KEN",), ("NGA",)]),
    ("The bilateral meetings included Japan, India, and Brazil.",
     [("BRA",), ("IND",), ("JPN",)]),
    ("Her discussions on Monday included Canada and Norway.", [("CAN",), ("NOR",)]),
])
def test_the_sides_listed_are_met(ex, text, partners):
    got = ex(LEAD + text, issuer="SWE", date="2024-09-20")
    assert sorted({r[2] for r in got if r[0] == "meeting"}) == partners


@pytest.mark.parametrize("text", [
    "The talks included a working lunch and a press conference.",
    "The talks included the situation in Sudan and climate finance.",
    "The programme included Oslo, Bergen and Trondheim.",
])
def test_no_side_listed(ex, text):
    got = ex(LEAD + text, issuer="SWE", date="2024-09-20")
    assert not [r for r in got if r[0] == "meeting" and r[2]]
