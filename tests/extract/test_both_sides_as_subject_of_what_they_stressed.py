"""Two officials of two sides as one subject, the other's title naming its country,
then what they said together ("Minister A and U.S. Secretary of State B highlighted
...", "and the Foreign Minister of Ghana, C, reaffirmed ..."): the two met. A title
with no country of its own ("President A and Foreign Minister B stressed", "and the
Minister of Defence C stressed") is one side, and one official alone is no meeting."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    case("demonym-title-name", "Foreign Minister Kaya and U.S. Secretary of State Rubio "
                               "highlighted the growth of trade between the two economies.",
         "TUR", "2024-03-14", CORE,
         [("meeting", ("TUR",), ("USA",), "2024-03-14")]),
    case("demonym-comma-name", "Minister Almagro and the Chilean Foreign Minister, Ana Rojas, "
                               "emphasised the need for closer trade ties.", "URY", "2022-05-06",
         CORE, [("meeting", ("URY",), ("CHL",), "2022-05-06")]),
    case("weekday-first", "On Tuesday, Foreign Minister Lindqvist and Kenyan Cabinet Secretary "
                          "Otieno underlined the value of the partnership.", "SWE", "2024-03-14",
         CORE, [("meeting", ("SWE",), ("KEN",), "2024-03-12")]),
    case("title-of-country", "Secretary Ramos and the Minister of Foreign Affairs of Ghana, "
                             "Kwame Asante, reaffirmed their commitment to the partnership.",
         "PHL", "2023-09-01", CORE, [("meeting", ("PHL",), ("GHA",), "2023-09-01")]),
    case("counterpart-highlighted", "Minister Novak and his Japanese counterpart highlighted "
                                    "the growth of trade.", "SVN", "2021-10-20", CORE,
         [("meeting", ("SVN",), ("JPN",), "2021-10-20")]),
    # told before: the same meeting
    case("told-before", "Foreign Minister Kaya received the Chilean Foreign Minister, Ana Rojas, "
                        "in Ankara on Monday. Kaya and Chilean Foreign Minister Rojas "
                        "highlighted the growth of bilateral trade.", "TUR", "2024-03-14", CORE,
         [("meeting", ("TUR",), ("CHL",), "2024-03-11")]),
    # one side: no meeting
    case("one-side", "President Duda and Foreign Minister Nowak stressed the importance of "
                     "unity with Lithuania.", "POL", "2024-03-14", CORE, []),
    case("portfolio-of", "Minister Kaya and the Minister of Defence Yilmaz stressed the "
                         "importance of relations with the United States.", "TUR",
         "2024-03-14", CORE, []),
    case("alone", "Minister Kaya highlighted the importance of relations with the United "
                  "States.", "TUR", "2024-03-14", CORE, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_both_sides_as_subject_of_what_they_stressed(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
