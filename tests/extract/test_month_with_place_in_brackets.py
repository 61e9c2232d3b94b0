"""A month opening brackets with the place after a comma ("Vietnam (April, Hanoi)",
"(September, Beijing)") dates the item, as "(April)" alone does; a month before a
comma and lower-case words ("(May, as agreed)") is no date."""

from __future__ import annotations

import pytest

from communique.extract._dates import find_dates
from tests.extract.probe_support import CORE, records


@pytest.mark.parametrize("text, month", [
    ("political consultations with Vietnam (April, Hanoi);", 4),
    ("17th meeting of the Kazakh-Chinese Cooperation Committee (September, Beijing);", 9),
    ("the memorandum with Chile (March, in Santiago) was signed", 3),
    ("a call with the Prime Minister of Italy (January, Rome)", 1),
])
def test_month_then_place_in_brackets(text: str, month: int) -> None:
    assert [d.m1 for d in find_dates(text)] == [month]


@pytest.mark.parametrize("text, expected", [
    ("Consultations of the Ministry in 2022:\n- political consultations with Vietnam "
     "(April, Hanoi);\n- consular consultations with Thailand (July, Astana).",
     [("consultation", ("KAZ",), ("THA",), "2022-07"),
      ("consultation", ("KAZ",), ("VNM",), "2022-04")]),
    ("Sessions of intergovernmental bodies in 2022:\n- 17th meeting of the Kazakh-Chinese "
     "Cooperation Committee (September, Beijing);\n- 20th session of the Kazakh-Russian "
     "intergovernmental commission (November, Astana).",
     [("commission", ("KAZ",), ("CHN",), "2022-09"),
      ("commission", ("KAZ",), ("RUS",), "2022-11")]),
])
def test_bullets_dated_by_month_and_place(text: str, expected: list[tuple]) -> None:
    got = records("Results of our foreign policy in 2022\n\n" + text, "KAZ", CORE, date="2022")
    assert got == sorted(expected), got


def test_month_before_lower_case_words_is_no_date() -> None:
    assert find_dates("the text (May, as agreed) was final") == []
