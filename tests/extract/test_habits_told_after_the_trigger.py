"""A habit told in the present after the event's name ("The Joint Commission meets
once a year", "consultations are held annually", "meets ... regularly") is no
occasion; a body described by such a clause that then sat ("..., which meets once a
year, held its fifth session on 10 March") still is (sentences of our own)."""

from __future__ import annotations

import pytest

_CORE = ["visit", "meeting", "call", "consultation", "commission", "agreement"]


@pytest.mark.parametrize("text", [
    "The Joint Commission with Kazakhstan meets once a year, alternately in Tbilisi and "
    "Astana.",
    "Political consultations between the foreign ministries of Georgia and Peru are held "
    "annually.",
    "The Georgia-Poland Intergovernmental Commission sits every two years.",
    "The Minister meets the Foreign Minister of Peru regularly.",
    "Consular consultations with Greece take place twice a year.",
])
def test_a_habit_in_the_present_is_no_occasion(ex, text):
    assert ex(text, issuer="GEO", date="2025-03-12", types=_CORE) == []


@pytest.mark.parametrize(("text", "kind", "to"), [
    ("The Joint Commission with Kazakhstan, which meets once a year, held its fifth "
     "session in Astana on 10 March.", "commission", "KAZ"),
    ("The annual consultations with Peru were held in Lima on 10 March.",
     "consultation", "PER"),
    ("Political consultations with Peru, which take place every year, were held in Lima "
     "on 10 March.", "consultation", "PER"),
])
def test_a_session_held_beside_a_habit_is_an_occasion(ex, text, kind, to):
    got = ex(text, issuer="GEO", date="2025-03-12", types=[kind])
    assert got == [(kind, ("GEO",), (to,), "2025-03-10")]
