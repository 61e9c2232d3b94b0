"""People described as having taken part in a visit's talks ("the staff who took part in
the bilateral meetings of the visit", "those participating in the bilateral
consultations of the stay") name those talks again, after the readout told them: no
further meeting or round, whatever day the visit's frame would give it. Talks with a
side named stay (texts of our own)."""

from __future__ import annotations

import pytest

from .probe_support import event, records

_LEAD = ("The three-day visit of the Foreign Minister of Japan ended today. President Ruto "
         "received him on Tuesday.\n\n")
_TALKS = {"meeting", "consultation"}


@pytest.mark.parametrize("second", [
    "Staff who participated in bilateral meetings of the visit were placed under "
    "quarantine.",
    "Officials present at the bilateral meetings of his trip were later thanked.",
    "Those participating in the bilateral consultations of the stay were tested twice a "
    "day.",
    "Staff who took part in the bilateral negotiations of the visit were praised.",
    "The aides who took part in the bilateral meetings of the visit, including the Deputy "
    "Minister, were thanked.",
])
def test_the_people_of_the_visits_meetings_add_none(second):
    assert records(_LEAD + second, "KEN", _TALKS, date="2020-09-16") == [
        event("meeting", "KEN", "JPN", "2020-09-15")]


def test_a_side_named_is_a_meeting_of_its_own():
    text = _LEAD + ("Officials who took part in the meetings of the visit also met the "
                    "Ambassador of Korea on Monday.")
    assert records(text, "KEN", _TALKS, date="2020-09-16") == [
        event("meeting", "KEN", "JPN", "2020-09-15"),
        event("meeting", "KEN", "KOR", "2020-09-14")]
