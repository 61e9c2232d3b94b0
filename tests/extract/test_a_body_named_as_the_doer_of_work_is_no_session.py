"""A standing body named as the one that did a piece of work ("noted the progress made
by the Joint Border Commission in marking the frontier", "welcomed the work done by
the Joint Economic Committee") is the body, not a session of it (texts of our own)."""

from __future__ import annotations

import pytest

_SIGNED = "Chile and Peru have signed two agreements on trade. "


@pytest.mark.parametrize("text", [
    _SIGNED + "The ministers noted the progress made by the Joint Border Commission in "
              "marking the frontier.",
    _SIGNED + "The ministers welcomed the work done by the Joint Economic Committee on "
              "customs issues.",
    _SIGNED + "The ministers praised the results achieved so far by the Joint Technical "
              "Committee.",
    _SIGNED + "The ministers took note of the efforts undertaken by the Joint Commission "
              "for Cooperation on the border.",
])
def test_the_body_at_work_is_no_session(ex, text):
    assert ex(text, issuer="CHL", date="2022", types=["commission"]) == []


@pytest.mark.parametrize("text", [
    "The 3rd session of the Chile–Peru Joint Commission, held in Lima in 2022, noted the "
    "progress made by the experts.",
    "Progress made by the two countries was reviewed at the 3rd session of the Chile–Peru "
    "Joint Commission in Lima in 2022.",
])
def test_a_session_held_is_still_told(ex, text):
    assert ex(text, issuer="CHL", date="2022", types=["commission"]) == [
        ("commission", ("CHL",), ("PER",), "2022")]
