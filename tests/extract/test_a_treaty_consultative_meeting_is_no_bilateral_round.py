"""A numbered "Consultative Meeting" named after a treaty or convention ("opened the
30th Arctic Treaty Consultative Meeting", "the 12th Consultative Meeting of the
Contracting Parties to the Convention") is the treaty's conference of its parties, not a
round of bilateral consultations with the country in focus; a numbered round named by
its two sides ("the 5th Chile-Peru Consultative Meeting") stays consultations (sentences
of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _consultations(text: str, issuer: str = "CHL") -> list[tuple]:
    return records(text, issuer, {"consultation"}, date="2018")


@pytest.mark.parametrize("text", [
    "The Minister received the Foreign Minister of Japan on 2 May. On 3 May the Minister "
    "opened the 30th Arctic Treaty Consultative Meeting in Santiago.",
    "The Foreign Minister of Japan visited Chile on 2 May. The Minister today welcomed "
    "delegates as he opened the 41st Ocean Treaty Consultative Meeting in Valparaiso.",
    "The Minister received the Foreign Minister of Japan on 2 May. Chile hosted the 12th "
    "Convention Consultative Meeting on 3 May.",
])
def test_the_treaty_meeting_is_no_round_with_the_guest(text: str) -> None:
    assert _consultations(text) == []


@pytest.mark.parametrize("text, other, day", [
    ("The 5th Chile-Peru Consultative Meeting was held in Santiago on 3 May.", "PER",
     "2018-05-03"),
    ("On 3 May Chile and Japan held the 4th bilateral consultative meeting in Tokyo.",
     "JPN", "2018-05-03"),
])
def test_a_round_of_two_sides_stays_consultations(text: str, other: str, day: str) -> None:
    assert _consultations(text) == [("consultation", ("CHL",), (other,), day)]
