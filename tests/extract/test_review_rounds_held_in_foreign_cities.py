"""A review's round of political consultations with no partner named but a foreign city
("The State Secretary held political consultations in Cairo on 9 February and in Amman on
12 February") is held with each city's country, each on the date written beside its
city, as a readout's round "held in Santiago" is. A round in the issuer's own capital
names no partner."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


def _review(text: str, issuer: str) -> list[tuple]:
    return records("Results of our foreign policy in 2023\n\n" + text, issuer, CORE,
                   date="2023")


@pytest.mark.parametrize("issuer, text, expected", [
    ("SRB", "The State Secretary held political consultations in Cairo on 9 February and "
     "in Amman on 12 February.",
     [("consultation", ("SRB",), ("EGY",), "2023-02-09"),
      ("consultation", ("SRB",), ("JOR",), "2023-02-12")]),
    ("SRB", "Political consultations were held in Cairo on 9 February.",
     [("consultation", ("SRB",), ("EGY",), "2023-02-09")]),
    ("EST", "The Secretary General held political consultations in Lisbon and in Madrid.",
     [("consultation", ("EST",), ("PRT",), "2023"), ("consultation", ("EST",), ("ESP",), "2023")]),
    ("LVA", "Political consultations at the level of deputy ministers took place in Lisbon "
     "in May and in Madrid in June.",
     [("consultation", ("LVA",), ("PRT",), "2023-05"),
      ("consultation", ("LVA",), ("ESP",), "2023-06")]),
])
def test_rounds_held_in_foreign_cities(issuer: str, text: str, expected: list[tuple]) -> None:
    assert _review(text, issuer) == sorted(expected)


def test_round_in_our_own_capital_names_no_partner() -> None:
    got = _review("Political consultations were held in Belgrade on 9 February.", "SRB")
    assert got == [], got


def test_readout_rounds_in_two_cities_each_on_its_day() -> None:
    got = records("The year 2023: main results\n\nThe State Secretary held political "
                  "consultations in Cairo on 9 February and in Amman on 12 February.", "SRB",
                  CORE, date="2023")
    assert got == [("consultation", ("SRB",), ("EGY",), "2023-02-09"),
                   ("consultation", ("SRB",), ("JOR",), "2023-02-12")], got
