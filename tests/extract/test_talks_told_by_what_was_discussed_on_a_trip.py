"""Talks told by what was discussed on a trip, no partner named ("On a visit to Chile the
Minister discussed the relationship", "discussed regional security on a visit to
Jordan"): a meeting with the host besides the visit; a sentence that tells its meeting
already gives no second one (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[str, ...]]:
    recs = extract_text(text, issuer="GBR", date="2011-04-08").records
    return [tuple(r.to) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("text", "host"), [
    ("On a visit to Chile the Minister for the Americas discussed the UK-Chile relationship "
     "and trade.", "CHL"),
    ("During his visit to Peru, the Foreign Secretary discussed mining and security.", "PER"),
    ("While on a visit to Ghana, the Minister discussed bilateral relations and cocoa "
     "exports.", "GHA"),
    ("The Minister discussed regional security on a visit to Jordan this week.", "JOR"),
    ("On her trip to Vietnam, the Minister of State discussed climate cooperation.", "VNM"),
])
def test_talks_with_the_host(text: str, host: str) -> None:
    assert _meetings(text) == [(host,)]


def test_a_meeting_told_already_is_one() -> None:
    assert _meetings("During his visit to Peru, the Minister met President Boluarte and "
                     "discussed trade.") == [("PER",)]
