"""The date patterns written to open with their first character (so that ``re``
skips ahead to it) match exactly what the plain forms match: ``\\b`` or
``(?<![\\d/-])`` before, ``[0-3]?\\d`` for a day."""

from __future__ import annotations

import random
import re

import pytest

from communique.extract import _dates as d

_TOKENS = ["1", "3", "12", "15", "31", "45", "٣", "2023", "1999", "20", "19", "7th", "22nd",
           "May", "June", "JUNE", "Sept", "Sep.", "December", "Mayor", "aMay", "x", "_", "é",
           " ", " ", ",", "-", "–", "/", ".", ":", "and", "of", "to", "\n"]


def _texts(n: int) -> list[str]:
    rng = random.Random(5)
    return ["".join(rng.choice(_TOKENS) for _ in range(rng.randint(1, 10))) for _ in range(n)]


@pytest.mark.parametrize(("opening", "plain"), [
    (d._D_OPEN, d._D),
    (d._D_WORD, r"\b" + d._D),
    (d._M_WORD, r"\b" + d._M),
    (d._Y_OPEN, r"(?<![\d/-])" + d._Y),
])
def test_an_opening_form_matches_what_its_plain_form_matches(opening: str, plain: str) -> None:
    # followed by a space, so that a shorter day ("1" of "15") must be tried as well
    a, b = re.compile(opening.format(n="g") + " "), re.compile(plain.format(n="g") + " ")
    for text in _texts(3000) + ["on 15 June", "a15 June", "12:01 July 23", "(2023 ", "/2023 ",
                                "-2019 ", "x2019 ", "31 May", "45 May", "٣ May"]:
        for pos in (0, 1):
            assert [(m.span(), m.group("g")) for m in a.finditer(text, pos)] \
                == [(m.span(), m.group("g")) for m in b.finditer(text, pos)], (text, pos)


@pytest.mark.parametrize(("text", "found"), [
    ("The talks were held on 15 June 2023 in Baku.", [(2023, 6, 15)]),
    ("In January-April 2022 trade grew; since May 2021 it doubled.", [(2022, 1, None),
                                                                       (2021, 5, None)]),
    ("On 28 and 29 April the sides met; 12019 is no year, 2019 is.", [(None, 4, 28),
                                                                      (2019, None, None)]),
])
def test_dates_are_found_with_the_opening_forms(text: str, found: list[tuple]) -> None:
    assert [(m.y1, m.m1, m.d1) for m in d.find_dates(text)] == found
