"""Two visits to one country from the same first day, each with its own city and its
own last day ("trade officials are in Sydney from 12 to 20 August" and "a naval team
visited Brisbane from 12 to 15 August" in one digest), are two stays, not
one visit told twice; a stop told within a visit of the country (no city of its own
told for the first) is still that visit (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_TWO = [
    ("IND", "Australia: 1. A trade delegation of the Commerce Department is visiting Sydney "
     "from 12 to 20 August 2019 for tariff talks. 2. A naval team of three officers, led by "
     "Commodore Kumar, visited Brisbane from 12 to 15 August 2019 for a port call.", "AUS"),
    ("KEN", "In May a trade delegation visited Lagos from 3 to 7 May 2021. A naval "
     "delegation visited Abuja from 3 to 5 May 2021.", "NGA"),
    ("BRA", "Nigeria. A team of health experts travelled to Kano from 10 to 20 March 2022 "
     "to share methods. Separately, diplomats of the Ministry visited Abuja from 10 to 12 "
     "March 2022 for consultations on consular matters.", "NGA"),
    ("CHL", "An agricultural mission went to Osaka from 2 to 9 October 2023. A cultural "
     "delegation also visited Tokyo from 2 to 4 October 2023.", "JPN"),
]


@pytest.mark.parametrize(("issuer", "text", "host"), _TWO)
def test_two_visits(issuer: str, text: str, host: str) -> None:
    visits = [r for r in records(text, issuer, {"visit"}) if r[2] == (host,)]
    assert len(visits) == 2


def test_a_stop_within_a_visit_is_that_visit() -> None:
    text = ("The Minister visited Vietnam from 3 to 9 May 2022. She was in Hanoi from 3 to 5 "
            "May 2022 and in Hue from 6 to 9 May 2022.")
    assert len(records(text, "DEU", {"visit"})) == 1
