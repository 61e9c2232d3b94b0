"""What the sides agreed on, told in a clause of its own ("A and her Chilean
counterpart agreed that the Iran nuclear deal must be kept alive"), names no side: the
country agreed about is the topic. Partners named before "agreed" stay sides (texts of
our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


@pytest.mark.parametrize("text, kind, partner", [
    ("Minister Weber and her Chilean counterpart Ana Ruiz agreed that the Iran nuclear deal "
     "must be kept alive.", "meeting", "CHL"),
    ("Minister Weber and the Foreign Minister of Chile agreed that the sanctions on Syria "
     "should remain in force.", "meeting", "CHL"),
    ("In a phone call on Monday, Minister Weber and her Peruvian counterpart agreed that "
     "Venezuela needs free elections.", "call", "PER"),
    ("Minister Weber held talks with her Peruvian counterpart in Berlin and concurred "
     "that the war in Ukraine must end.", "meeting", "PER"),
])
def test_the_country_agreed_about_is_no_side(text: str, kind: str, partner: str) -> None:
    got = records(text, "DEU", {"meeting", "call"}, date="2018-05-09")
    assert [r[2] for r in got if r[0] == kind] == [(partner,)], got


def test_partners_before_agreed_stay_sides() -> None:
    got = records("Minister Weber met the Foreign Ministers of Chile and Peru, and they "
                  "agreed that trade in the region must grow.", "DEU", {"meeting"},
                  date="2018-05-09")
    assert sorted(c for r in got for c in r[2]) == ["CHL", "PER"], got
