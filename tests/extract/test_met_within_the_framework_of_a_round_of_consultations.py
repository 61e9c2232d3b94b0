"""A meeting held "within the framework of the (2nd round of) political consultations"
names the consultations it was part of: an occasion held with the partner, not the
format as a topic. "Within the framework of the mechanism of political consultations"
(the format itself) and "of regular political consultations" (no occasion named) stay
topics."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["consultation"]
_MET = ("Baku, March 28 (AZERTAC). The Foreign Minister met with the Uruguayan Deputy "
        "Foreign Minister")

_CASES = [
    case("meeting-was-held-round", _MET + ". The meeting was held within the framework of the "
                                          "2nd round of political consultations of the two "
                                          "foreign ministries.", "AZE", "2023-03-28",
         _TYPES, [("consultation", ("AZE",), ("URY",), "2023-03-28")]),
    case("met-within-third-round", _MET + " within the framework of the third round of "
                                          "political consultations.", "AZE", "2023-03-28",
         _TYPES, [("consultation", ("AZE",), ("URY",), "2023-03-28")]),
    case("met-within-the-consultations", _MET + " within the framework of the political "
                                                "consultations between the foreign ministries, "
                                                "the ministry's press service said.", "AZE",
         "2023-03-28", _TYPES, [("consultation", ("AZE",), ("URY",), "2023-03-28")]),
    case("khovar-talks-framework", "DUSHANBE, 12.04.2023 /Khovar/. On April 11, Deputy Foreign "
                                   "Minister Sodiq Imomi held talks with the Deputy Foreign "
                                   "Minister of Latvia in the framework of the fourth round of "
                                   "consultations between the foreign ministries.", "TJK",
         "2023-04-12", _TYPES, [("consultation", ("TJK",), ("LVA",), "2023-04-11")]),
    case("the-mechanism", "The sides discussed cooperation with Uruguay within the framework of "
                          "the mechanism of political consultations.", "AZE", "2023-03-28",
         _TYPES, []),
    case("regular", "The sides agreed to cooperate with Uruguay within the framework of regular "
                    "political consultations.", "AZE", "2023-03-28", _TYPES, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_met_within_the_framework_of_a_round_of_consultations(text, issuer, date, types,
                                                              expected):
    check(text, issuer, date, types, expected)
