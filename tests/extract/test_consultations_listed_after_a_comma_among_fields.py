"""Consultations named among the fields of a cooperation after a comma ("cooperation
across various sectors, including political consultations, fisheries and police",
"in many areas, such as consular consultations", "the bilateral relations, including
political consultations") are a topic, not a round held; a round told with its
session and its day is still one."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_MET = "Minister Osei received the Foreign Minister of Kenya in the capital on Monday. "

_CASES = [
    case("fields-including", _MET + "The Ministers welcomed the existing cooperation in several "
                                    "fields, including political consultations, trade and "
                                    "defence.", "GHA", "2024-03-14", ["consultation"], []),
    case("sectors-including", _MET + "The two ministers noted the progress of cooperation across "
                                     "various sectors, including political consultations, "
                                     "fisheries and police.", "NOR", "2023-10-04",
         ["consultation"], []),
    case("areas-such-as", _MET + "Both sides praised cooperation in many areas, such as consular "
                                 "consultations, tourism and culture.", "PRT", "2022-06-21",
         ["consultation"], []),
    case("relations-including", _MET + "The Foreign Ministers valued the bilateral relations, "
                                       "including political consultations and parliamentary "
                                       "exchanges.", "LTU", "2021-11-09", ["consultation"], []),
    # a round told as held: still one
    case("round-held", _MET + "The Ministers welcomed the relations, including the first round "
                              "of political consultations, which was held in Nairobi on Monday.",
         "GHA", "2024-03-14", ["consultation"],
         [("consultation", ("GHA",), ("KEN",), "2024-03-11")]),
    case("consultations-held", "Political consultations between the foreign ministries of Ghana "
                               "and Kenya were held in Accra on Monday.", "GHA", "2024-03-14",
         ["consultation"], [("consultation", ("GHA",), ("KEN",), "2024-03-11")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_consultations_listed_after_a_comma_among_fields(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
