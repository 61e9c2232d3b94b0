"""A bare "The visit" opening a sentence after a meeting with one foreign official
("The Deputy Minister met with the Assistant Secretary of Canada. The visit took place
within the framework of ...") names that meeting's visit: the official's to the issuer
when the meeting was told at home, the issuer's to the partner when told in the
partner's capital. A visit told before is the one named again; a meeting in a third
country names none; the countries of the clause ("relations with Latvia") are no side."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["visit"]

_CASES = [
    case("took-place-framework",
         "The Deputy Minister of Foreign Affairs, Ana Vela, met with the Assistant Deputy "
         "Minister for the Americas of Canada, John Reid. The visit took place within the "
         "framework of a regional tour.", "PAN", "2022-03-02", _TYPES,
         [("visit", ("CAN",), ("PAN",), "2022-03-02")]),
    case("received-was-part",
         "On Monday the Foreign Minister received the Secretary of State for Trade of "
         "Portugal, Rui Matos. The visit was part of a tour of three countries.", "URY",
         "2023-09-20", _TYPES, [("visit", ("PRT",), ("URY",), "2023-09-18")]),
    case("coincided",
         "Vice Minister Irina Holt held talks with Georgian Deputy Foreign Minister Levan "
         "Tsiklauri. The visit coincided with the opening of a new consulate.", "EST",
         "2021-11-04", _TYPES, [("visit", ("GEO",), ("EST",), "2021-11-04")]),
    case("met-in-their-capital",
         "The Foreign Minister, Ana Vela, met with the Foreign Minister of Canada, John "
         "Reid, in Ottawa. The visit took place on Wednesday.", "PAN", "2022-03-04",
         _TYPES, [("visit", ("PAN",), ("CAN",), "2022-03-02")]),
    case("visit-told-before",
         "The Foreign Minister of Latvia, Anna Berzina, paid an official visit to Chile "
         "today. She met with Foreign Minister Ana Rojas. The visit was part of the 30th "
         "anniversary of relations with Latvia.", "CHL", "2022-05-10", _TYPES,
         [("visit", ("LVA",), ("CHL",), "2022-05-10")]),
    case("third-country",
         "The Foreign Minister met with the Foreign Minister of Canada in New York. The "
         "visit took place on the sidelines of the General Assembly.", "PAN", "2022-09-21",
         _TYPES, []),
    case("no-meeting",
         "The Minister spoke about regional trade. The visit was part of a regional tour.",
         "PAN", "2022-03-02", _TYPES, []),
    case("two-partners",
         "The Foreign Minister met with the Foreign Ministers of Chile and Peru. The visit "
         "took place on Wednesday.", "PAN", "2022-03-04", _TYPES, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_bare_visit_after_a_meeting_is_its_visit(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
