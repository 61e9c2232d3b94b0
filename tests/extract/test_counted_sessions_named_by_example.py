"""Rounds of consultations or commission sessions counted, then named by example
("held 25 rounds of political consultations, e.g. with Israel, Poland and Egypt",
"22 meetings of intergovernmental commissions took place, including with Turkey"):
each example is a round of the year, as counted agreements and calls named so are.
A count with no example ("have held 9 rounds of political consultations since 2001")
stays a figure."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


def _review(text: str, issuer: str) -> list[tuple]:
    return records("Results of our foreign policy in 2023\n\n" + text, issuer, CORE,
                   date="2023")


def _each(kind: str, issuer: str, *to: str) -> list[tuple]:
    return sorted((kind, (issuer,), (c,), "2023") for c in to)


@pytest.mark.parametrize("issuer, text, expected", [
    ("UZB", "In total, 22 meetings of intergovernmental commissions took place, including "
     "with Turkey, Korea and Pakistan.", _each("commission", "UZB", "TUR", "KOR", "PAK")),
    ("AZE", "In 2023 Azerbaijan held 25 rounds of political consultations, e.g. with "
     "Israel, Poland and Egypt.", _each("consultation", "AZE", "ISR", "POL", "EGY")),
    ("UZB", "A total of 30 rounds of consultations took place, 12 of them with Asian "
     "countries, including Japan, India and Indonesia.",
     _each("consultation", "UZB", "JPN", "IND", "IDN")),
    ("KAZ", "The Ministry held 40 rounds of consular consultations, among them with "
     "Thailand and Vietnam.", _each("consultation", "KAZ", "THA", "VNM")),
    ("GEO", "Twelve sessions of intergovernmental commissions were convened, notably with "
     "Armenia and Moldova.", _each("commission", "GEO", "ARM", "MDA")),
])
def test_counted_then_named_by_example(issuer: str, text: str,
                                       expected: list[tuple]) -> None:
    assert _review(text, issuer) == expected


def test_count_of_past_rounds_stays_a_figure() -> None:
    got = _review("Uzbekistan and Peru have held 9 rounds of political consultations "
                  "since 2001.", "UZB")
    assert got == [], got
