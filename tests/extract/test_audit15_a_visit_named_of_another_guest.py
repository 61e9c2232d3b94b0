"""Generality audit (audit15) of "a visit named with a determiner, of another guest"
(0128d51): "The visit of X", "An official visit of X", "A visit by X", "the first state
visit of a Y President", "welcomed the visit of", "That visit was followed by the first
visit of", a review's year, a readout's weekdays; and near-misses where the visit named is
the one told (the same guest again, by name, by title, in the possessive, our own trip)
or one still planned."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["visit"]

_CASES = [
    case("the-visit-of-title-of", "The Kenyan President came to Oslo in March. The visit of "
                                  "the Prime Minister of Vietnam in September was the first at "
                                  "that level.", "NOR", "2022-12-20", _T,
         [("visit", ("KEN",), ("NOR",), "2022-03"), ("visit", ("VNM",), ("NOR",), "2022-09")]),
    case("an-official-visit", "The Czech Prime Minister visited Tallinn in May. An official "
                              "visit of the Austrian Chancellor followed in June.", "EST",
         "2022-12-20", _T, [("visit", ("CZE",), ("EST",), "2022-05"),
                            ("visit", ("AUT",), ("EST",), "2022-06")]),
    case("review-first-state-visit", "Slovak diplomacy in 2022\n\nThe President of Poland "
                                     "visited Bratislava in February. The year also brought "
                                     "the first state visit of a Portuguese President to "
                                     "Slovakia.", "SVK", "2022-12-20", _T,
         [("visit", ("POL",), ("SVK",), "2022-02"), ("visit", ("PRT",), ("SVK",), "2022")]),
    case("welcomed-the-visit-of", "The Foreign Minister of India visited Riga in May. The "
                                  "Minister also welcomed the visit of the Foreign Minister of "
                                  "Brazil in July.", "LVA", "2022-12-20", _T,
         [("visit", ("IND",), ("LVA",), "2022-05"), ("visit", ("BRA",), ("LVA",), "2022-07")]),
    case("readout-weekdays", "Mexico's Foreign Minister came to Lima on Monday. The visit of "
                             "the Colombian Foreign Minister on Thursday focused on trade.",
         "PER", "2022-06-10", _T, [("visit", ("MEX",), ("PER",), "2022-06-06"),
                                   ("visit", ("COL",), ("PER",), "2022-06-09")]),
    case("a-visit-by", "The President of Ghana paid a state visit to Dublin in March. A visit "
                       "by the Prime Minister of Japan followed in May.", "IRL", "2023-12-20",
         _T, [("visit", ("GHA",), ("IRL",), "2023-03"), ("visit", ("JPN",), ("IRL",), "2023-05")]),
    case("followed-by-first-visit", "The Foreign Minister of Chile visited Oslo in March. That "
                                    "visit was followed in June by the first visit of a "
                                    "Malaysian Foreign Minister to Norway.", "NOR", "2023-12-20",
         _T, [("visit", ("CHL",), ("NOR",), "2023-03"), ("visit", ("MYS",), ("NOR",), "2023-06")]),
    case("same-country-other-guest", "The Kenyan President came to Oslo in March. The visit "
                                     "of the Kenyan Foreign Minister in June focused on trade.",
         "NOR", "2022-12-20", _T, [("visit", ("KEN",), ("NOR",), "2022-03"),
                                   ("visit", ("KEN",), ("NOR",), "2022-06")]),
    case("came-the-first-visit", "The Prime Minister of India paid a visit to Riga in May. In "
                                 "June came the first visit of a Korean President to Latvia.",
         "LVA", "2023-12-20", _T, [("visit", ("IND",), ("LVA",), "2023-05"),
                                   ("visit", ("KOR",), ("LVA",), "2023-06")]),
    case("month-as-modifier", "Chancellor Scholz visited Vilnius in April. The October visit "
                              "of the French President was also significant.", "LTU",
         "2022-12-20", _T, [("visit", ("DEU",), ("LTU",), "2022-04"),
                            ("visit", ("FRA",), ("LTU",), "2022-10")]),
    # near-misses: the visit told before, or one planned
    case("same-guest-by-name", "The Kenyan President came to Oslo in March. The visit of "
                               "President Ruto strengthened ties.", "NOR", "2022-12-20", _T,
         [("visit", ("KEN",), ("NOR",), "2022-03")]),
    case("same-guest-possessive", "Chancellor Scholz visited Vilnius in April. The "
                                  "Chancellor's visit was the first since 2018.", "LTU",
         "2022-12-20", _T, [("visit", ("DEU",), ("LTU",), "2022-04")]),
    case("our-own-trip", "The Minister visited Kenya in March. The visit of the Minister "
                         "strengthened ties.", "NOR", "2022-12-20", _T,
         [("visit", ("NOR",), ("KEN",), "2022-03")]),
    case("same-guest-by-title", "The Kenyan President came to Oslo in March. The visit of the "
                                "Kenyan President opened a new chapter.", "NOR", "2022-12-20",
         _T, [("visit", ("KEN",), ("NOR",), "2022-03")]),
    case("during-the-visit-of", "The Foreign Minister of India visited Riga in May. During "
                                "the visit of the Indian Minister, three agreements were "
                                "signed.", "LVA", "2022-12-20", _T,
         [("visit", ("IND",), ("LVA",), "2022-05")]),
    case("planned-visit", "The Kenyan President came to Oslo in March. The visit of the "
                          "Chilean President is planned for next year.", "NOR", "2022-12-20",
         _T, [("visit", ("KEN",), ("NOR",), "2022-03")]),
    case("a-german-chancellor", "Chancellor Scholz visited Vilnius in April. The visit of a "
                                "German Chancellor to Lithuania was the first since 2018.",
         "LTU", "2022-12-20", _T, [("visit", ("DEU",), ("LTU",), "2022-04")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_audit15_a_visit_named_of_another_guest(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
