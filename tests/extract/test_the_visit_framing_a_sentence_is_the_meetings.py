""""The visit" as the frame of what a sentence tells ("Within the framework of the visit,
political consultations were held", "During the visit, the sides signed a memorandum")
after a meeting with one foreign guest and no visit told names that guest's visit to
us; after a meeting told in the guest's capital, our visit there. An ambassador
received is posted (no visit); a visit told before is the same one."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["visit"]

_CASES = [
    case("azertac-framework",
         "Baku, March 28 (AZERTAC). Deputy Foreign Minister Elnur Mammadov has received a "
         "delegation led by the Deputy Foreign Minister of Bolivia, Freddy Mamani.\n\n"
         "According to the Ministry of Foreign Affairs, the sides discussed bilateral "
         "relations.\n\nWithin the framework of the visit, political consultations between "
         "the foreign ministries were held.", "AZE", "2023-03-28", _TYPES,
         [("visit", ("BOL",), ("AZE",), "2023-03-28")]),
    case("khovar-during",
         "DUSHANBE, 12.04.2023 /Khovar/. Foreign Minister Sirojiddin Muhriddin on April 11 "
         "held talks with the Deputy Prime Minister of Hungary. During the visit, the sides "
         "signed a memorandum on tourism.", "TJK", "2023-04-12", _TYPES,
         [("visit", ("HUN",), ("TJK",), "2023-04-11")]),
    case("armenpress-course-abroad",
         "Yerevan, May 3. ARMENPRESS. Foreign Minister Ararat Mirzoyan met with the Foreign "
         "Minister of Chile in Santiago. In the course of the visit, a memorandum on visas "
         "was signed, the ministry's press service said.", "ARM", "2023-05-03", _TYPES,
         [("visit", ("ARM",), ("CHL",), "2023-05-03")]),
    case("as-part-of",
         "Foreign Minister Murat Nurtleu received the Foreign Minister of Oman. As part of the "
         "visit, the two ministers opened a business forum.", "KAZ", "2023-06-28", _TYPES,
         [("visit", ("OMN",), ("KAZ",), "2023-06-28")]),
    case("ambassador",
         "Foreign Minister Jeyhun Bayramov received the Ambassador of Chile. During the "
         "visit, the sides signed a memorandum on visas.", "AZE", "2023-03-28", _TYPES, []),
    case("told-before",
         "The Foreign Minister of Chile paid an official visit to Baku. Bayramov met with "
         "him. During the visit, the sides signed a memorandum on visas.", "AZE",
         "2023-03-28", _TYPES, [("visit", ("CHL",), ("AZE",), "2023-03-28")]),
    case("mid-sentence",
         "Foreign Minister Jeyhun Bayramov met with the Foreign Minister of Chile. The sides "
         "discussed the schedule during the visit, the ministry said.", "AZE", "2023-03-28",
         _TYPES, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_the_visit_framing_a_sentence_is_the_meetings(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
