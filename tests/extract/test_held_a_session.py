""""A and his counterpart B held ... the round of consultations": the verb's object
is the session the other trigger reads, no meeting of its own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind", [
    ("On 5 May the Deputy Minister and her Chilean counterpart Ana Rojas held in Santiago "
     "the fourth round of political consultations between Georgia and Chile.", "consultation"),
    ("On 5 May the Minister and his Armenian counterpart Ararat Mirzoyan held in Yerevan the "
     "sixth session of the Georgia–Armenia Intergovernmental Commission.", "commission"),
])
def test_a_session_held_by_the_two_sides_is_no_extra_meeting(ex, text, kind):
    got = ex(text, types={"meeting", "consultation", "commission"})
    assert [r[0] for r in got] == [kind]


def test_talks_held_by_the_two_sides_stay_a_meeting(ex):
    text = ("On 5 May the Minister and his Chilean counterpart held talks in Santiago, and the "
            "political consultations between the ministries were held the next day.")
    assert "meeting" in [r[0] for r in ex(text, types={"meeting", "consultation"})]
