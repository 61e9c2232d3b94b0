"""A day told after an incident the sides spoke of ("offering sympathy over the bombing
in Mopti on 17 September") is the incident's, not the meeting's."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

HEAD = "12 October 2024\n\n"


@pytest.mark.parametrize("text", [
    "The Minister also met with Mali's Foreign Minister, offering sympathy over the "
    "bombing in Mopti on September 17th.",
    "The Minister met the Foreign Minister of Mali and condemned the bombing in Bamako on "
    "17 September.",
    "The Minister received the Ambassador of Mali, offering sympathy after the floods in "
    "Mopti last September.",
    "The Minister held talks with the Malian Foreign Minister on the earthquake that struck "
    "Kayes on 17 September.",
])
def test_incident_day_is_not_the_meeting_day(text: str) -> None:
    got = records(HEAD + text, "EGY", {"meeting"})
    assert got and all(r[3] == "2024-10-12" for r in got), got


def test_meeting_day_after_the_incident_stays() -> None:
    got = records(HEAD + "After the attack, the Minister met the Foreign Minister of Mali "
                  "on 10 October.", "EGY", {"meeting"})
    assert ("meeting", ("EGY",), ("MLI",), "2024-10-10") in got, got
