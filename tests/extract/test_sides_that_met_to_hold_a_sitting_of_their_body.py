"""Sides that met to hold a sitting of their joint body ("Officials of A and B met in
Nairobi on Monday for the third session of the Joint Commission", "... for the midterm
review meeting of the fifth session of ..."), or a review meeting named as part of the
session: the session only, no meeting beside it; someone met at it, or on its
sidelines, is still a meeting (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_TYPES = {"meeting", "commission", "consultation"}


@pytest.mark.parametrize(("text", "issuer", "date"), [
    ("Officials from Kenya and Uganda met in Nairobi on Monday for the midterm review "
     "meeting of the fifth session of the Kenya-Uganda Joint Permanent Commission.",
     "KEN", "2022-03-09"),
    ("Delegations of Ghana and Nigeria met in Accra on 4 May 2022 for the third session "
     "of the Joint Commission for Cooperation.", "GHA", None),
    ("The two delegations met in Lusaka on 4 May 2022 to hold the second session of the "
     "Zambia-Malawi Joint Permanent Commission.", "ZMB", None),
    ("Senior officials of Botswana and Namibia met on 4 May 2022 in Gaborone at the "
     "inaugural meeting of the Bi-National Commission.", "BWA", None),
    ("Kenya and Uganda held the midterm review meeting of the fifth session of their Joint "
     "Permanent Commission in Nairobi on 7 March 2022.", "KEN", None),
])
def test_the_sitting_only(text: str, issuer: str, date: str | None) -> None:
    got = records(text, issuer, _TYPES, date=date)
    assert [r[0] for r in got] == ["commission"]


def test_someone_met_at_the_sitting_is_a_meeting() -> None:
    got = records("On 4 May 2022 the Minister met the Foreign Minister of Malawi on the "
                  "sidelines of the second session of the Joint Permanent Commission.",
                  "ZMB", _TYPES)
    assert "meeting" in [r[0] for r in got]
