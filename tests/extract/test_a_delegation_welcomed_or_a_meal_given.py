"""A delegation welcomed, greeted or received and named by who leads it, and a meal
or reception given for a guest, are meetings with the guest's country; a welcome
of a decision, a greeting of participants, a dinner for journalists are none
(sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-09-12"


@pytest.mark.parametrize(("text", "partner"), [
    ("On Wednesday the Minister welcomed a delegation led by the Speaker of the Senate of "
     "Latvia.", "LVA"),
    ("On Wednesday the Minister greeted the Tuvaluan delegation headed by the Prime Minister "
     "at the airport.", "TUV"),
    ("The Minister on Wednesday received a parliamentary delegation from Chile led by the "
     "President of the Chamber of Deputies.", "CHL"),
    ("On Wednesday the Minister hosted a banquet to welcome a delegation of Estonian "
     "parliamentarians.", "EST"),
    ("On Wednesday the Minister gave a luncheon in honour of the Foreign Minister of "
     "Latvia.", "LVA"),
    ("The Minister offered a dinner on Wednesday for the visiting Chilean Foreign Minister.",
     "CHL"),
    ("On Wednesday the Minister presided at a reception for Juan Pérez, deputy prime "
     "minister of Chile.", "CHL"),
])
def test_a_delegation_welcomed_or_a_meal_given_is_a_meeting(ex, text, partner):
    got = ex(text, date=_DAY, types=["meeting"])
    assert ("meeting", ("GEO",), (partner,), "2024-09-11") in got


@pytest.mark.parametrize("text", [
    "The Minister welcomed the decision of Latvia to join the initiative.",
    "On Wednesday the Minister greeted the participants of the conference on Latvian history.",
    "On Wednesday the Minister hosted a dinner for journalists.",
    "On Wednesday the Minister offered a reception on the occasion of the national day.",
    "On Wednesday the Minister presided over a reception for the national day.",
])
def test_a_welcome_or_a_meal_without_a_guest_is_no_meeting(ex, text):
    assert ex(text, date=_DAY, types=["meeting"]) == []
