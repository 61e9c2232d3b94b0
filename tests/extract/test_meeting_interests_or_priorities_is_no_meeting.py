""""Meets the interests / priorities / hopes of" is a plan or a partnership serving
someone, not a meeting with the countries named there (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> int:
    recs = extract_text(text, issuer="KGZ", date="2021").records
    return sum(r.type == "meeting" for r in recs)


@pytest.mark.parametrize("text", [
    "The partnership of Chile and Peru meets the vital interests of both nations.",
    "This cooperation fully meets the national interests of Kazakhstan and Kyrgyzstan.",
    "The new road from Ghana to Togo met the economic interests of the two countries.",
    "Such an approach meets the priorities of Georgia and Armenia alike.",
    "The accord with Serbia, which met the hopes of both peoples, entered into force.",
])
def test_an_abstract_object_of_meets(text: str) -> None:
    assert _meetings(text) == 0


def test_a_meeting_with_an_official_stays() -> None:
    assert _meetings("The Minister meets the President of Chile today.") == 1
    assert _meetings("On 3 May the Minister met the Prime Minister of Peru to discuss the "
                     "interests of both sides.") == 1
