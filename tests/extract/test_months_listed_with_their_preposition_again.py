"""Months listed with their preposition again ("visited Togo in March and in June",
"signed two agreements with Togo, in March and in June") are two occasions, one
record each, as days are ("on 3 March and on 9 June"). A sentence that counts its
occasions ("twice, in February and in November") is read by its count, as before
(months joined bare, "in March and June", are left as they were: one time)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_CASES = [
    case("visit", "The Minister visited Togo in March and in June.", "GHA", "2023", ["visit"],
         [("visit", ("GHA",), ("TGO",), "2023-03"), ("visit", ("GHA",), ("TGO",), "2023-06")]),
    case("agreements", "Ghana signed two agreements with Togo, in March and in June.", "GHA",
         "2023", ["agreement"],
         [("agreement", ("GHA",), ("TGO",), "2023-03"),
          ("agreement", ("GHA",), ("TGO",), "2023-06")]),
    case("again", "Consultations with Peru were held in April and again in October.", "GHA",
         "2023", ["consultation"],
         [("consultation", ("GHA",), ("PER",), "2023-04"),
          ("consultation", ("GHA",), ("PER",), "2023-10")]),
    case("counted", "The Minister visited Kyiv twice, in February and in November, and on both "
                    "occasions was received by the President.", "GHA", "2023", ["visit", "meeting"],
         [("visit", ("GHA",), ("UKR",), "2023-02"), ("visit", ("GHA",), ("UKR",), "2023-11"),
          ("meeting", ("GHA",), ("UKR",), "2023-02"), ("meeting", ("GHA",), ("UKR",), "2023-11")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_months_listed_with_their_preposition_again(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
