"""Generality audit (audit15) of "the year an anniversary counts from does not date the
event" (5b190b9): "relations established in 1993", "relations of 1973" fronted, "dating
from 1962", a year in brackets, "the anniversaries of the treaties of 1972 and 1982" (a
list of years), "marking fifty years since", a review's year; and near-misses where the
year or month is the celebration's ("was marked in 2023", "was celebrated in March
2023", "on the anniversary of relations in November 2023" told in 2024) or a day in full."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["visit", "meeting"]
_AU = "Australian diplomacy in 2022\n\nThe year was busy. "

_CASES = [
    case("established-in", "The Minister visited Hanoi in March, marking the 30th anniversary "
                           "of diplomatic relations established in 1993.", "SVK", "2023-03-20",
         _T, [("visit", ("SVK",), ("VNM",), "2023-03")]),
    case("review-marked", "Czech diplomacy in 2023\n\nThe year was busy. The visit of the "
                          "Korean President marked the 33rd anniversary of relations "
                          "established in 1990.", "CZE", "2023-12-20", _T,
         [("visit", ("KOR",), ("CZE",), "2023")]),
    case("fronted", "On the 50th anniversary of relations of 1973, the Minister received the "
                    "Foreign Minister of Vietnam.", "DEU", "2023-09-12", _T,
         [("meeting", ("DEU",), ("VNM",), "2023-09")]),
    case("dating-from", "The President's visit to Seoul in October coincided with the 60th "
                        "anniversary of relations dating from 1962.", "AUS", "2022-12-12", _T,
         [("visit", ("AUS",), ("KOR",), "2022-10")]),
    case("review-dating-from", _AU + "The President's visit to Seoul coincided with the 60th "
                                     "anniversary of relations dating from 1962.", "AUS",
         "2022-12-12", _T, [("visit", ("AUS",), ("KOR",), "2022")]),
    case("year-in-brackets", _AU + "The Prime Minister of Fiji visited Canberra for the 50th "
                                   "anniversary of the Treaty of Suva (1972).", "AUS",
         "2022-12-12", _T, [("visit", ("FJI",), ("AUS",), "2022")]),
    case("on-the-occasion", _AU + "The Prime Minister of Fiji visited Canberra on the occasion "
                                  "of the 50th anniversary of the establishment of diplomatic "
                                  "relations in 1972.", "AUS", "2022-12-12", _T,
         [("visit", ("FJI",), ("AUS",), "2022")]),
    case("years-since", _AU + "The Prime Minister of Fiji visited Canberra, marking fifty years "
                              "since the establishment of relations in 1972.", "AUS",
         "2022-12-12", _T, [("visit", ("FJI",), ("AUS",), "2022")]),
    case("two-years-listed", _AU + "The Prime Minister of Fiji visited Canberra, which "
                                   "coincided with the anniversaries of the treaties of 1972 "
                                   "and 1982.", "AUS", "2022-12-12", _T,
         [("visit", ("FJI",), ("AUS",), "2022")]),
    case("participle-fronted", _AU + "Marking the 30th anniversary of relations opened in "
                                     "1992, the Foreign Minister of Latvia visited Canberra.",
         "AUS", "2022-12-12", _T, [("visit", ("LVA",), ("AUS",), "2022")]),
    case("in-the-year-of", _AU + "The Foreign Minister of Latvia visited Canberra in the year "
                                 "of the 30th anniversary of relations established in 1992.",
         "AUS", "2022-12-12", _T, [("visit", ("LVA",), ("AUS",), "2022")]),
    # near-misses: the date is the event's
    case("day-in-full", "The Minister visited Kyiv for the celebration of the anniversary of "
                        "independence on 24 August 2023.", "SVK", "2023-08-28", _T,
         [("visit", ("SVK",), ("UKR",), "2023-08-24")]),
    case("date-before", "The Minister visited Prague in May 2023, on the anniversary of the "
                        "relations.", "SVK", "2023-08-28", _T,
         [("visit", ("SVK",), ("CZE",), "2023-05")]),
    case("marked-in-year", "The 30th anniversary of relations was marked in 2023 with a visit "
                           "of the Minister to Hanoi.", "SVK", "2024-02-01", _T,
         [("visit", ("SVK",), ("VNM",), "2023")]),
    case("year-before-anniversary", "The Minister visited Hanoi in 2023 for the 30th "
                                    "anniversary of relations.", "SVK", "2024-02-01", _T,
         [("visit", ("SVK",), ("VNM",), "2023")]),
    case("celebrated-in-month", "The 30th anniversary of relations was celebrated in March "
                                "2023 with a visit of the Minister to Hanoi.", "SVK",
         "2024-02-01", _T, [("visit", ("SVK",), ("VNM",), "2023-03")]),
    case("anniversary-then-month", "The Minister met the Foreign Minister of Vietnam on the "
                                   "anniversary of relations in November 2023.", "SVK",
         "2024-02-01", _T, [("meeting", ("SVK",), ("VNM",), "2023-11")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_audit15_an_anniversarys_origin(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
