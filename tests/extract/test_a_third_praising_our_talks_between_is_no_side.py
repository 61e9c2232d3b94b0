"""A third country's official who praises, welcomes or notes the talks "between" the
issuer and another names no side of them: the sides are those listed after "between"
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("Minister Jean Valmont hailed the opening round of the security dialogue that took place "
     "between Iraq and the United States.", "IRQ",
     [event("consultation", "IRQ", "USA", "2020-06-01")]),
    ("The French minister welcomed the political consultations between Kenya and Japan.",
     "KEN", [event("consultation", "KEN", "JPN", "2020-06-01")]),
    ("For her part, the German Foreign Minister commended the talks between Chile and "
     "Peru on the maritime border.", "CHL", [event("meeting", "CHL", "PER", "2020-06-01")]),
    ("Minister Ana Ruiz of Spain noted the recent consultations between Morocco and "
     "Senegal.", "MAR", [event("consultation", "MAR", "SEN", "2020-06-01")]),
])
def test_the_sides_are_those_after_between(text, issuer, expected):
    assert records(text, issuer, CORE, date="2020-06-01") == expected


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    # the issuer's own meeting with the one it names: unchanged
    ("The minister met his French counterpart for talks between Iraq and France.", "IRQ",
     [event("meeting", "IRQ", "FRA", "2020-06-01")]),
    # no "between": the one met is the side
    ("Minister Ana Ruiz held consultations with the Foreign Minister of Senegal.", "MAR",
     [event("consultation", "MAR", "SEN", "2020-06-01")]),
])
def test_without_a_third_commenting_the_sides_stay(text, issuer, expected):
    assert records(text, issuer, CORE, date="2020-06-01") == expected
