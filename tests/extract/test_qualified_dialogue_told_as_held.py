"""A standing dialogue of two countries named with a qualifier ("annual", "bilateral",
"regular", "inaugural", an ordinal) and told as held ("took place", "was held",
"held their annual political dialogue"), or a session of the dialogue named after
the two countries, is a round of consultations; the same words without a verb of
holding ("deepen the political dialogue", "welcomed the regular political dialogue")
are a topic, and a habitual "regular" before a round told as held no longer hides it."""

from __future__ import annotations

import pytest

from .probe_support import dated_core as _core


@pytest.mark.parametrize("text", [
    "The annual bilateral dialogue between Finland and Chile took place in Helsinki on "
    "11 March.",
    "Finland and Chile held their annual political dialogue in Helsinki on 11 March.",
    "The bilateral dialogue between Finland and Chile was held in Helsinki on 11 March.",
    "The regular political dialogue between Finland and Chile took place in Helsinki "
    "on 11 March.",
    "On 11 March, the Ministry held the inaugural political dialogue with Chile in "
    "Helsinki.",
    "The first Finland-Chile Political Dialogue was held in Helsinki on 11 March.",
    "The inaugural session of the Finland–Chile political dialogue took place in "
    "Helsinki on 11 March.",
    "State Secretary Jukka Salovaara and Vice Minister Gloria de la Fuente held the "
    "first session of the Finland-Chile Arctic Dialogue in Helsinki on 11 March.",
    "Finland and Chile held their annual bilateral dialogue on Arctic issues in "
    "Helsinki on 11 March.",
    "The regular political consultations between Finland and Chile were held in "
    "Helsinki on 11 March.",
    "On 11 March, the annual bilateral dialogue with Chile took place in Helsinki.",
    "The second political dialogue with Chile was held in Helsinki on 11 March.",
    "On 11 March, the annual security dialogue between Finland and Chile took place in "
    "Helsinki.",
    "The 2nd Finland-Chile Political Dialogue, held in Helsinki on 11 March, reviewed "
    "cooperation.",
    "The annual bilateral dialogue between Finland and Chile, held in Helsinki on 11 "
    "March, reviewed cooperation.",
])
def test_a_qualified_dialogue_held_is_a_consultation(text):
    assert _core("FIN", text) == [("consultation", ("FIN",), ("CHL",), "2025-03-11")]


@pytest.mark.parametrize("text", [
    "The Minister and the Ambassador of Chile agreed to deepen the political dialogue "
    "between the two countries.",
    "The ministers welcomed the regular political dialogue between Finland and Chile.",
    "The ministers agreed to deepen the Finland-Chile Political Dialogue.",
    "The government of Sudan and the opposition held a political dialogue in Juba.",
    "The political dialogue between Israel and Palestine was held in Cairo.",
    "The ministers praised the regular political consultations between Finland and "
    "Chile, which have been held since 2010.",
    "Finland and Chile will hold their annual political dialogue in Helsinki next month.",
    "The annual dialogue with civil society took place in Helsinki on 11 March.",
    "The Minister praised the annual bilateral dialogue between Finland and Chile, held "
    "every year since 2010.",
])
def test_a_dialogue_named_as_a_topic_or_plan_is_no_consultation(text):
    assert [r for r in _core("FIN", text) if r[0] == "consultation"] == []


def test_a_high_level_dialogue_stays_a_commission():
    assert _core("FIN", "The Finland–Chile High-Level Dialogue took place in Helsinki on "
                        "11 March.") == [("commission", ("FIN",), ("CHL",), "2025-03-11")]
