"""A round said to be held "between" the issuer's capital and another capital is the
issuer's round with that capital's country ("the dialogue, which was held between
Baghdad and Washington" in Iraq's text); capitals named as a topic ("arrangements for
the talks between A and B") or with neither the issuer's give no side (our sentences)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("Minister Jean Valmont hailed the opening round of the security dialogue, which took "
     "place between Baghdad and Washington.", "IRQ",
     [event("consultation", "IRQ", "USA", "2020-06-01")]),
    ("The Minister of France welcomed the round of consultations which was held between "
     "Nairobi and Tokyo.", "KEN", [event("consultation", "KEN", "JPN", "2020-06-01")]),
    ("The German minister recalled the political consultations that were held between "
     "Lima and Santiago.", "PER", [event("consultation", "PER", "CHL", "2020-06-01")]),
    ("Minister Ana Ruiz of Spain praised the second round of the strategic dialogue "
     "that took place between Rabat and Dakar.", "MAR",
     [event("consultation", "MAR", "SEN", "2020-06-01")]),
])
def test_the_other_capital_is_the_side(text, issuer, expected):
    assert records(text, issuer, CORE, date="2020-06-01") == expected


@pytest.mark.parametrize(("text", "issuer"), [
    # a topic, not a round told as held
    ("The two ministers discussed arrangements for the next round of talks between "
     "Tehran and Washington.", "IRN"),
    # capitals, neither the issuer's
    ("Minister Jean Valmont praised the round of dialogue that took place between "
     "Ankara and Berlin.", "IRQ"),
])
def test_capitals_of_a_topic_or_of_others_give_no_side(text, issuer):
    recs = records(text, issuer, CORE, date="2020-06-01")
    assert not any(r[0] == "consultation" and r[2] for r in recs if "USA" in r[2]
                   or "DEU" in r[2] or "TUR" in r[2])
