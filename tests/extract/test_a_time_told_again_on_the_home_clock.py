"""A time restated on another clock in brackets ("at 9 p.m. (local time; 4 May,
4:00 a.m. Tokyo time)") names the same moment: its day dates no second record
(texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _days(text: str, kind: str, issuer: str = "JPN") -> list[str | None]:
    recs = extract_text(text, issuer=issuer, date="2024-05-05").records
    return [r.date.start for r in recs if r.type == kind]


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("On May 3, from 9:00 p.m. (local time; May 4, 4:00 a.m. JST) for about 30 minutes, "
     "Mr. SUZUKI Ken, Minister for Foreign Affairs, who is visiting Lima, Peru, held a "
     "meeting with Mr. Javier Gonzalez, Minister of Foreign Affairs of Peru.", "meeting",
     "2024-05-03"),
    ("Late on 3 May (4 May, 01:30 GMT), the Foreign Minister of Japan spoke by "
     "telephone with the Foreign Minister of Chile.", "call", "2024-05-03"),
    ("On the evening of May 3 (May 4, 8:15 a.m. Tokyo time), Minister Suzuki met "
     "Foreign Minister Ana Ruiz of Mexico in Mexico City.", "meeting", "2024-05-03"),
])
def test_the_bracket_restates_the_same_moment(text: str, kind: str, day: str) -> None:
    assert _days(text, kind) == [day]


def test_a_bracket_without_a_clock_keeps_its_date() -> None:
    text = ("On 3 May the Minister met the Foreign Minister of Peru (the two had first "
            "met on 20 April in Lima).")
    assert "2024-05-03" in _days(text, "meeting")
