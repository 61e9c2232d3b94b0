"""A lead that lists the counterparts met over a week or a summit, with no day of its own
("held talks with her counterparts from Chile and Peru on the margins of the summit last
week"), then the talks with one of them told with their day ("On Tuesday she met Chilean
Foreign Minister A in Lima"): the day is that listed meeting's, not a second meeting. A
lead with a day of its own and a detail on another day are two meetings; so are the
words that tell one more ("also"). Sentences glued without a space after their stop
("...last week.On Tuesday she met ...", "... in Bolivia.Rojas agreed") are still two
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Oslo, 21 November 2023\n\n"


def _meetings(text: str) -> list[tuple]:
    return sorted(r[2] for r in records(_HEAD + text, "NOR", {"meeting"}))


@pytest.mark.parametrize("text", [
    "Foreign Minister Kari Lund held talks with her counterparts from Chile and Peru on the "
    "margins of the summit last week. On Tuesday she met Chilean Foreign Minister Pablo "
    "Rojas in Lima to discuss salmon farming.",
    "Foreign Minister Kari Lund met her counterparts from Chile and Peru at the summit last "
    "week. According to the ministry, Lund met with Chilean Foreign Minister Pablo Rojas in "
    "Lima on Wednesday and raised fisheries.",
    "Foreign Minister Kari Lund held talks with her Chilean and Peruvian counterparts on the "
    "sidelines of the summit this month. She met Foreign Minister Pablo Rojas of Chile on "
    "14 November to review trade.",
    "Foreign Minister Kari Lund held talks with her counterparts from Chile and Peru on the "
    "margins of the summit last week.According to the ministry, Lund met with Chilean "
    "Foreign Minister Pablo Rojas in Lima on Wednesday and raised fisheries.Rojas agreed "
    "on the need for cooperation.In the meeting with the Peruvian Foreign Minister, Lund "
    "proposed a trade dialogue.",
])
def test_one_meeting_with_each_side(text: str) -> None:
    assert _meetings(text) == [("CHL",), ("PER",)]


@pytest.mark.parametrize("text", [
    "On Monday Foreign Minister Kari Lund held talks with her counterparts from Chile and "
    "Peru in Lima. On Thursday she met Chilean Foreign Minister Pablo Rojas again in "
    "Santiago.",
    "Foreign Minister Kari Lund held talks with her counterparts from Chile and Peru last "
    "week. On Tuesday she also met the President of Chile.",
])
def test_a_day_after_a_dated_lead_or_another_official_is_another(text: str) -> None:
    assert _meetings(text) == [("CHL",), ("CHL",), ("PER",)]
