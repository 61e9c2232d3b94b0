"""Attendance at a session named as a noun after its attendee ("the President's
attendance at the UN General Assembly", "her attendance at the G20 summit") is taking
part, as "participation in" is: a multilateral record of the issuer's side with the
body named. Attendance at no session ("at the school's graduation ceremony") gives none
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records

_DAY = "2015-10-10"


@pytest.mark.parametrize(("text", "orgs"), [
    ("Minister Kim explained the outcome of the President's attendance at the recent UN "
     "General Assembly.", "UNGA"),
    ("The Minister briefed him on her attendance at the G20 summit in Rome.", "G20"),
    ("The ministers reviewed the results of the Prime Minister's attendance at the "
     "Ministerial Conference of the WTO.", "WTO"),
    ("He told reporters about his attendance at the annual session of the UN Human Rights "
     "Council.", "UNHRC"),
])
def test_attendance_is_taking_part(text, orgs):
    assert records(text, "KOR", {"multilateral"}, date=_DAY, orgs=True) == [
        event("multilateral", "KOR", "", _DAY, orgs)]


@pytest.mark.parametrize("text", [
    "She praised his attendance at the school's graduation ceremony.",
    "The teachers noted the attendance of pupils at the new class.",
])
def test_attendance_at_no_session_gives_none(text):
    assert records(text, "KOR", {"multilateral"}, date=_DAY) == []
