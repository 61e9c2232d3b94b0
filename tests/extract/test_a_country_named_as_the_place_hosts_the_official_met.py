"""A country named only as where a meeting took place ("In Albania, he met the Deputy
Minister", "the next day, in Peru, she held consultations with the Vice Minister") is
the country of the official met there when the official's own country is not told,
even after a trip elsewhere told just before (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize("text, expected", [
    ("The Minister visited Serbia on Monday. In Albania, the Minister held political "
     "consultations with Ana Kola, the Deputy Minister for European Affairs.",
     event("consultation", "POL", "ALB", "2021-11-01")),
    ("The Minister visited Serbia on Monday. In Albania, the Minister met the Deputy "
     "Foreign Minister.", event("meeting", "POL", "ALB", "2021-11-01")),
    ("The Minister was in Chile on Monday. The next day, in Peru, she held talks with the "
     "Vice Minister of Foreign Affairs.", event("meeting", "POL", "PER", "2021-11-02")),
])
def test_the_place_gives_the_officials_country(text: str, expected: tuple) -> None:
    got = [r for r in records(text, "POL", CORE, date="2021-11-03") if r[0] != "visit"]
    assert got == [expected]


def test_a_side_named_beside_the_place_stays_the_side() -> None:
    got = records("In Albania, the Minister met the Foreign Minister of Kosovo on 2 November.",
                  "POL", CORE, date="2021-11-03")
    assert [r for r in got if r[0] == "meeting"] == [
        event("meeting", "POL", "XKX", "2021-11-02")]
