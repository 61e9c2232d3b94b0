"""A meeting named as the occasion of what the speaker did ("said he raised fisheries in
a meeting with the Peruvian Foreign Minister on May 4"): a meeting of its own, not a
topic of what was said (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _events(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="ESP", date="2024-05-20").records
    return sorted((r.type, tuple(r.to), r.date.start) for r in recs
                  if r.type in ("meeting", "visit", "call"))


@pytest.mark.parametrize(("text", "partner", "day"), [
    ("During his official visit to Peru from May 3 to 5, the Spanish foreign minister "
     "said he raised fisheries in a meeting with Peruvian Foreign Minister Jose Soto on "
     "May 4.", "PER", "2024-05-04"),
    ("During her visit to China from May 5 to 7, the Minister said she stressed the need "
     "for calm during a meeting with the Chinese Foreign Minister on May 6.", "CHN",
     "2024-05-06"),
    ("During his stay in Brazil from May 1 to 3, the Secretary of State noted that he "
     "raised migration at his meeting with President Ana Lima on May 2.", "BRA",
     "2024-05-02"),
    ("During his visit to Italy from May 7 to 8, the Prime Minister stated that he "
     "conveyed our position in a bilateral meeting with the Italian Prime Minister on "
     "May 7.", "ITA", "2024-05-07"),
])
def test_the_meeting_is_told(text: str, partner: str, day: str) -> None:
    assert ("meeting", (partner,), day) in _events(text)
    assert [e for e in _events(text) if e[0] == "meeting"] == [("meeting", (partner,), day)]


def test_talks_named_as_a_topic_stay_a_topic() -> None:
    assert _events("On May 3 the Minister spoke by phone with the Emir of Kuwait about the "
                   "talks with Iran.") == [("call", ("KWT",), "2024-05-03")]
