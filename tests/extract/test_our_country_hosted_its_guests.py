""""Our country hosted the Presidents of A and B" tells the guests' visits to the issuer,
as "Slovakia hosted ..." or "We welcomed ..." in a review do (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize("text, guests", [
    ("In May, our country hosted the Presidents of Finland and Estonia.", ["FIN", "EST"]),
    ("Our country also welcomed the Prime Minister of Japan in May.", ["JPN"]),
    ("In May, Slovakia hosted the President of Finland.", ["FIN"]),
])
def test_our_country_hosted_guests_visits(text: str, guests: list[str]) -> None:
    got = records("Results of 2023\n\n" + text, "SVK", CORE, date="2023-12-28")
    assert got == sorted(event("visit", g, "SVK", "2023-05") for g in guests)


def test_the_minister_hosting_is_a_meeting() -> None:
    got = records("The Minister hosted the Foreign Minister of Finland on 11 March.", "SVK",
                  CORE, date="2024-03-12")
    assert got == [event("meeting", "SVK", "FIN", "2024-03-11")]
