"""A second visitor whose verb is left out ("The Prime Minister of Greece visited Croatia
in June, and the President of Portugal in November"): the conjunct names another side's
office-holder and a time of its own, so it is that side's visit to us at that time; a
conjunct naming a place, one with a verb of its own, our own visit abroad or the same
side again is left as it was (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _visits(text: str, issuer: str = "HRV", date: str = "2022") -> list[tuple]:
    return sorted(records(text, issuer, {"visit"}, date=date))


@pytest.mark.parametrize("text, second", [
    ("The Prime Minister of Greece visited Croatia in June, and the President of Portugal "
     "in November.", ("PRT", "2022-11")),
    ("The Foreign Minister of Greece came to Zagreb in June, and his Portuguese colleague "
     "in November.", ("PRT", "2022-11")),
    ("The Prime Minister of Greece visited Croatia in June, and so did the President of "
     "Portugal in November.", ("PRT", "2022-11")),
    ("The Greek Prime Minister paid an official visit to Croatia in June, and the "
     "Portuguese President in November, when he also opened a business forum.",
     ("PRT", "2022-11")),
    ("The Prime Minister of Greece was in Croatia in June, and the Foreign Minister of "
     "Portugal at the end of November.", ("PRT", "2022-11")),
])
def test_the_gapped_conjunct_is_its_sides_visit(text: str, second: tuple) -> None:
    assert _visits(text) == sorted([("visit", ("GRC",), ("HRV",), "2022-06"),
                                    ("visit", (second[0],), ("HRV",), second[1])])


def test_a_day_told_for_the_second_visitor_is_his_not_the_firsts() -> None:
    text = ("Zagreb, 3 May 2022. The Foreign Minister of Japan arrived in Zagreb on Monday, "
            "and his Korean counterpart on Tuesday.")
    assert _visits(text) == [("visit", ("JPN",), ("HRV",), "2022-05-02"),
                             ("visit", ("KOR",), ("HRV",), "2022-05-03")]


@pytest.mark.parametrize("text, expected", [
    # the same visitor's next stop
    ("The Prime Minister of Greece visited Croatia in June, and Slovenia in November.",
     [("visit", ("GRC",), ("HRV",), "2022-06"), ("visit", ("GRC",), ("SVN",), "2022-11")]),
    # a verb of its own: its own clause
    ("The Prime Minister of Greece visited Croatia in June, and the President of Portugal "
     "called him in November.", [("visit", ("GRC",), ("HRV",), "2022-06")]),
    # our own visit abroad: whom we visited, not a second visitor
    ("The Minister visited Greece in June, and the Prime Minister of Portugal in November.",
     [("visit", ("HRV",), ("GRC",), "2022-06")]),
    # the same side again
    ("The Prime Minister of Greece visited Croatia in June, and the Greek President in "
     "November.", [("visit", ("GRC",), ("HRV",), "2022-06")]),
])
def test_other_conjuncts_are_left_as_they_were(text: str, expected: list) -> None:
    got = _visits(text)
    assert [r for r in got if r[1] == ("PRT",)] == [] and set(expected) <= set(got)
