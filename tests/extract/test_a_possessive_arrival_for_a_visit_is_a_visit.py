"""A traveller's arrival told as a noun with the visit it was for ("followed the
President's arrival in Lima for a state visit", "after her arrival in Oslo on an
official visit") is that visit, by the one whose arrival it is; an arrival with no
visit named, or one still awaited, is none (texts of our own)."""

from __future__ import annotations

import pytest

_SIGNED = "Chile and Peru signed a trade agreement. "


@pytest.mark.parametrize(("text", "sides"), [
    (_SIGNED + "The signing came after President Boric's arrival in Lima for a state visit.",
     (("CHL",), ("PER",))),
    (_SIGNED + "President Boric's arrival in Lima for a state visit preceded the signing.",
     (("CHL",), ("PER",))),
    (_SIGNED + "The talks followed her arrival in Lima on an official visit.",
     (("CHL",), ("PER",))),
    (_SIGNED + "The talks followed the Peruvian President's arrival in Santiago for a state "
               "visit.", (("PER",), ("CHL",))),
])
def test_the_arrival_for_a_visit_is_the_visit(ex, text, sides):
    assert ex(text, issuer="CHL", date="2022", types=["visit"]) == [
        ("visit", sides[0], sides[1], "2022")]


@pytest.mark.parametrize("text", [
    _SIGNED + "The President's arrival in Lima was delayed by fog.",
    _SIGNED + "Lima is preparing for the President's arrival in Peru for a state visit.",
    _SIGNED + "The Minister will go to the airport for the King's arrival in Santiago on a "
              "state visit tomorrow.",
])
def test_an_arrival_without_a_visit_or_still_awaited_is_none(ex, text):
    assert ex(text, issuer="CHL", date="2022", types=["visit"]) == []
