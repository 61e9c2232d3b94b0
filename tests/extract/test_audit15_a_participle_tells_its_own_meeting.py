"""Generality audit (audit15) of "a participle after a comma tells its own meeting"
(24765be): "meeting", "holding talks with", "also holding a meeting with", "having also
met", "meeting separately with", "talking with", a fronted participle, a time on either
side, a review's year, a readout's dateline, and a verb of its own after "and" ("held
talks with his counterparts from the region and met the Czech minister"); and near-misses
where both sides are named (two meetings)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["meeting"]

_CASES = [
    case("consultations-meeting", "The Minister held consultations with EU partners, meeting "
                                  "the Foreign Minister of Ireland in Dublin.", "NLD",
         "2023-05-04", _T, [("meeting", ("NLD",), ("IRL",), "2023-05-04")]),
    case("weekday-holding-talks", "On Tuesday the Minister met several counterparts in New "
                                  "York, holding talks with the Foreign Minister of Brazil.",
         "NLD", "2023-05-04", _T, [("meeting", ("NLD",), ("BRA",), "2023-05-02")]),
    case("regional-leaders", "The President met regional leaders, also holding a meeting with "
                             "the Prime Minister of Greece.", "CYP", "2023-05-04", _T,
         [("meeting", ("CYP",), ("GRC",), "2023-05-04")]),
    case("having-also-met", "The Minister held talks with colleagues from the region, having "
                            "also met the Hungarian Foreign Minister.", "AUT", "2023-05-04",
         _T, [("meeting", ("AUT",), ("HUN",), "2023-05-04")]),
    case("meeting-separately", "During the session the Minister met many colleagues, meeting "
                               "separately with the Foreign Minister of Kenya.", "NLD",
         "2023-05-04", _T, [("meeting", ("NLD",), ("KEN",), "2023-05-04")]),
    case("fronted-participle", "Meeting the Czech Foreign Minister in Prague, the Minister "
                               "also held talks with colleagues from the region.", "SVK",
         "2023-05-04", _T, [("meeting", ("SVK",), ("CZE",), "2023-05-04")]),
    case("talking-with", "The Minister had meetings with numerous delegations, talking with "
                         "the Foreign Minister of Peru at length.", "ECU", "2023-05-04", _T,
         [("meeting", ("ECU",), ("PER",), "2023-05-04")]),
    case("last-week-thursday", "Last week the Minister held talks with counterparts from the "
                               "neighbourhood, meeting the Foreign Minister of Moldova on "
                               "Thursday.", "ROU", "2023-05-08", _T,
         [("meeting", ("ROU",), ("MDA",), "2023-05-04")]),
    case("review-context", "Romanian diplomacy in 2022\n\nThe year was busy. In Brussels the "
                           "Minister met several colleagues, holding talks with the Foreign "
                           "Minister of Chile.", "ROU", "2022-12-20", _T,
         [("meeting", ("ROU",), ("CHL",), "2022")]),
    case("readout-dateline", "BRATISLAVA, 4 May 2023 - The Minister held talks with his "
                             "counterparts from the region today, meeting the Foreign Minister "
                             "of Slovenia.", "SVK", "2023-05-04", _T,
         [("meeting", ("SVK",), ("SVN",), "2023-05-04")]),
    case("and-met", "The Minister held talks with his counterparts from the region and met the "
                    "Czech Foreign Minister in Prague.", "SVK", "2023-05-04", _T,
         [("meeting", ("SVK",), ("CZE",), "2023-05-04")]),
    # near-misses: both sides named, two meetings
    case("both-named", "The Minister met her counterpart from Austria, meeting also the Prime "
                       "Minister of Slovenia.", "HRV", "2023-05-04", _T,
         [("meeting", ("HRV",), ("AUT",), "2023-05-04"),
          ("meeting", ("HRV",), ("SVN",), "2023-05-04")]),
    case("both-named-and-met", "The Minister held talks with the Foreign Minister of Chile and "
                               "met the President of Peru.", "ARG", "2022-06-08", _T,
         [("meeting", ("ARG",), ("CHL",), "2022-06-08"),
          ("meeting", ("ARG",), ("PER",), "2022-06-08")]),
    case("met-and-held-talks", "The Minister met and held talks with the Foreign Minister of "
                               "Chile.", "ARG", "2022-06-08", _T,
         [("meeting", ("ARG",), ("CHL",), "2022-06-08")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_audit15_a_participle_tells_its_own_meeting(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
