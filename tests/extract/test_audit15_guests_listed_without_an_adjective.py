"""Generality audit (audit15) of "a review's guests listed with no adjective" (7e35cdc):
the list of guests or visitors in other words: a determiner before the noun ("The guests
of the Ministry in 2019 were", "In 2022 the visitors to Lisbon included", "Our guests
included"), a participle ("Guests hosted in Vienna this year included"), the year or
the place between, a review's year context; and near-misses (envoys, private people,
experts, a future list) that give no visit."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["visit"]
_REVIEW = "Danish diplomacy in 2021\n\nThe year was busy. "

_CASES = [
    case("among-visitors-place-year", "Among the visitors to Vilnius in 2022 were the "
                                      "Presidents of Poland and Finland.", "LTU", "2022-12-30",
         _T, [("visit", ("POL",), ("LTU",), "2022"), ("visit", ("FIN",), ("LTU",), "2022")]),
    case("guests-of-the-ministry", "Guests of the Ministry this year included the Foreign "
                                   "Ministers of Brazil and Egypt.", "DNK", "2021-12-20", _T,
         [("visit", ("BRA",), ("DNK",), "2021"), ("visit", ("EGY",), ("DNK",), "2021")]),
    case("visitors-last-year", "Visitors to Copenhagen last year included the prime "
                               "ministers of Sweden and Iceland.", "DNK", "2023-01-10", _T,
         [("visit", ("SWE",), ("DNK",), "2022"), ("visit", ("ISL",), ("DNK",), "2022")]),
    case("our-guests-review", _REVIEW + "Our guests included the Foreign Minister of Ghana "
                                        "and the President of Senegal.", "DNK", "2021-12-20",
         _T, [("visit", ("GHA",), ("DNK",), "2021"), ("visit", ("SEN",), ("DNK",), "2021")]),
    case("among-guests-year-first", "Among the guests in 2020 were the King of Jordan and "
                                    "the Emir of Qatar.", "DNK", "2020-12-20", _T,
         [("visit", ("JOR",), ("DNK",), "2020"), ("visit", ("QAT",), ("DNK",), "2020")]),
    case("delegations", "Guests during the year included delegations from Mongolia and Laos.",
         "DNK", "2020-12-20", _T,
         [("visit", ("MNG",), ("DNK",), "2020"), ("visit", ("LAO",), ("DNK",), "2020")]),
    case("deputy-and-speaker", "Among the visitors were the Deputy Prime Minister of Vietnam "
                               "and the Speaker of the Parliament of Georgia.", "DNK",
         "2020-12-20", _T, [("visit", ("VNM",), ("DNK",), None),
                            ("visit", ("GEO",), ("DNK",), None)]),
    case("her-counterparts", "Visitors to Riga this year included her counterparts from "
                             "Portugal and Greece.", "LVA", "2020-12-20", _T,
         [("visit", ("PRT",), ("LVA",), "2020"), ("visit", ("GRC",), ("LVA",), "2020")]),
    case("the-guests-of-the-ministry", "The guests of the Ministry in 2019 were the foreign "
                                       "ministers of Uruguay, Paraguay and Bolivia.", "ARG",
         "2019-12-20", _T, [("visit", ("URY",), ("ARG",), "2019"),
                            ("visit", ("PRY",), ("ARG",), "2019"),
                            ("visit", ("BOL",), ("ARG",), "2019")]),
    case("year-then-the-visitors", "In 2022 the visitors to Lisbon included the Presidents "
                                   "of Angola and Mozambique.", "PRT", "2022-12-20", _T,
         [("visit", ("AGO",), ("PRT",), "2022"), ("visit", ("MOZ",), ("PRT",), "2022")]),
    case("guests-hosted-in", "Guests hosted in Vienna this year included the Chancellor of "
                             "Germany.", "AUT", "2022-12-20", _T,
         [("visit", ("DEU",), ("AUT",), "2022")]),
    case("foreign-guests-year", "Foreign guests in 2022 included the Presidents of Angola "
                                "and Mozambique.", "PRT", "2022-12-20", _T,
         [("visit", ("AGO",), ("PRT",), "2022"), ("visit", ("MOZ",), ("PRT",), "2022")]),
    # near-misses: no visit
    case("no-ambassadors-at-concert", "Among the guests at the concert were the Ambassadors "
                                      "of Spain and Mexico.", "DNK", "2020-12-20", _T, []),
    case("no-students", "Visitors to the pavilion included students from Chile and Peru.",
         "DNK", "2020-12-20", _T, []),
    case("no-journalists", "Among the guests were journalists from Brazil and Chile.", "DNK",
         "2020-12-20", _T, []),
    case("no-future-list", "Guests will include the Foreign Ministers of Chile and Peru.",
         "DNK", "2020-12-20", _T, []),
    case("no-business-people", "Among the guests were business people from Turkey and "
                               "Greece.", "DNK", "2020-12-20", _T, []),
    case("no-envoy-and-charge", "Among the guests were the Ambassador of Japan and the Chargé "
                                "d'affaires of Peru.", "NOR", "2020-12-20", _T, []),
    case("no-experts", "Guests at the forum included experts from Kenya and Ghana.", "NOR",
         "2020-12-20", _T, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_audit15_guests_listed_without_an_adjective(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
