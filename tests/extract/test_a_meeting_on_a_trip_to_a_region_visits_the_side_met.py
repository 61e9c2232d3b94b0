"""A meeting told as part of our official's trip to a region ("Deputy Minister Fariz
Rzayev has met with the Chilean Foreign Minister as part of his visit to South
America", "During his visit to Central Asia, the Minister held talks with the Foreign
Minister of Tajikistan") is a visit to the one foreign side met there, beside the
meeting. Two sides met, a guest's own trip ("The Chilean Minister, as part of his
visit to Central Asia, met ...") or no meeting leave the region no host."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["visit", "meeting"]

_CASES = [
    case("azertac-as-part-of", "Baku, March 15, AZERTAC\n\nAzerbaijan's Deputy Foreign "
                               "Minister Fariz Rzayev has met with Chilean Foreign Minister "
                               "Pablo Soto as part of his visit to South America.", "AZE",
         "2023-03-15", _TYPES, [("meeting", ("AZE",), ("CHL",), "2023-03-15"),
                                ("visit", ("AZE",), ("CHL",), "2023-03")]),
    case("framework-trip", "Deputy Foreign Minister Fariz Rzayev met with Chilean Foreign "
                           "Minister Pablo Soto within the framework of his trip to Latin "
                           "America.", "AZE", "2023-03-15", _TYPES,
         [("meeting", ("AZE",), ("CHL",), "2023-03-15"),
          ("visit", ("AZE",), ("CHL",), "2023-03")]),
    case("fronted-during", "DUSHANBE, 12.04.2023 /Khovar/. During her visit to Southeast "
                           "Asia, Deputy Foreign Minister Zarina Rahimova held talks with "
                           "the Foreign Minister of Vietnam on Tuesday.", "TJK", "2023-04-12",
         _TYPES, [("meeting", ("TJK",), ("VNM",), "2023-04-11"),
                  ("visit", ("TJK",), ("VNM",), "2023-04")]),
    case("talks-as-part", "Yerevan, May 3. ARMENPRESS. Deputy Foreign Minister Mnatsakan "
                          "Safaryan held talks with the Foreign Minister of Kenya, Ruth "
                          "Achieng, as part of his working trip to East Africa.", "ARM",
         "2022-05-03", _TYPES, [("meeting", ("ARM",), ("KEN",), "2022-05-03"),
                                ("visit", ("ARM",), ("KEN",), "2022-05")]),
    case("two-sides", "Deputy Foreign Minister Fariz Rzayev met with the Foreign Ministers "
                      "of Chile and Peru during his visit to Latin America.", "AZE",
         "2023-03-15", _TYPES, [("meeting", ("AZE",), ("CHL",), "2023-03-15"),
                                ("meeting", ("AZE",), ("PER",), "2023-03-15")]),
    case("guest-trip", "The Chilean Foreign Minister, as part of his visit to Central Asia, "
                       "met with Foreign Minister Bayramov.", "AZE", "2023-03-15", _TYPES,
         [("meeting", ("AZE",), ("CHL",), "2023-03-15")]),
    case("no-meeting", "During his visit to Southeast Asia, the Minister spoke about trade "
                       "with Vietnam.", "AZE", "2023-03-15", _TYPES, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_meeting_on_a_trip_to_a_region_visits_the_side_met(text, issuer, date, types,
                                                             expected):
    check(text, issuer, date, types, expected)
