"""The month an official met will take office ("due to assume her new duties in April",
"who takes office in June", "due to take office in July", "set to assume her new post in
March") is when that person's tenure starts, not the day of the meeting: the
meeting keeps the text's own time. A month that opens the sentence is the meeting's
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _core(text: str) -> list[tuple]:
    return records(text, "ESP", {"meeting"}, date="2025", orgs=True)


@pytest.mark.parametrize("text, side, org", [
    ("The Minister also had a meeting with the new OSCE Secretary General Anna Weber, due to "
     "assume her new duties in April.", "", "OSCE"),
    ("The Minister also met the incoming ASEAN Secretary-General, who takes office in June.",
     "", "ASEAN"),
    ("The Minister also met Peru’s Foreign Minister-designate, due to take office in July.",
     "PER", ""),
    ("The Minister also met the Ambassador-designate of Chile, set to assume her new post in "
     "March.", "CHL", ""),
])
def test_the_office_taken_later_gives_the_meeting_no_month(text: str, side: str,
                                                           org: str) -> None:
    to = (side,) if side else ()
    orgs = (org,) if org else ()
    assert _core(text) == [("meeting", ("ESP",), to, orgs, "2025")]


def test_a_month_that_opens_the_sentence_is_the_meetings() -> None:
    text = ("In April the Minister also had a meeting with the new OSCE Secretary General "
            "Anna Weber.")
    assert _core(text) == [("meeting", ("ESP",), (), ("OSCE",), "2025-04")]
