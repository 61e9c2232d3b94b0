"""A title that names consultations with a partner ("Political Consultations Meeting
between Uruguay and Bolivia", "Uruguay and Bolivia hold political consultations") over
a body that tells only the meeting ("The Deputy Foreign Minister received his Bolivian
counterpart") says what the meeting was: a consultation with that partner, told by
the body's meeting (its day), beside the meeting. A body that tells the consultations
itself keeps one; a title's "strategic dialogue" is no consultation by name; a body
about another partner takes nothing from the title."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["consultation", "meeting"]

_CASES = [
    case("title-meeting-between",
         "Political Consultations Meeting between Uruguay and Bolivia\n\nWednesday, 9 June "
         "2021\n\nCarlos Mata, Deputy Foreign Minister of Uruguay, received his Bolivian "
         "counterpart, Rosa Quispe, at the Palacio Santos.\n\nThey reviewed trade and "
         "border crossings.", "URY", "2021-06-09", _TYPES,
         [("meeting", ("URY",), ("BOL",), "2021-06-09"),
          ("consultation", ("URY",), ("BOL",), "2021-06-09")]),
    case("title-hold-met-on-day",
         "Uruguay and Bolivia hold political consultations\n\nOn Monday, Deputy Foreign "
         "Minister Carlos Mata met with Bolivian Deputy Foreign Minister Rosa Quispe in "
         "Montevideo.", "URY", "2021-06-09", _TYPES,
         [("meeting", ("URY",), ("BOL",), "2021-06-07"),
          ("consultation", ("URY",), ("BOL",), "2021-06-07")]),
    case("title-consultations-held-talks",
         "Consultations between the foreign ministries of Kenya and Ghana held in "
         "Nairobi\n\nThe Principal Secretary, Ruth Wanjiku, held talks with the Ghanaian "
         "Deputy Minister, Kofi Mensah, on 3 May.", "KEN", "2023-05-04", _TYPES,
         [("meeting", ("KEN",), ("GHA",), "2023-05-03"),
          ("consultation", ("KEN",), ("GHA",), "2023-05-03")]),
    case("title-adjective-pair",
         "Georgian-Latvian political consultations\n\nDeputy Foreign Minister Lasha "
         "Darsalia received the State Secretary of Latvia, Andris Pelss, on Friday.",
         "GEO", "2022-10-15", _TYPES,
         [("meeting", ("GEO",), ("LVA",), "2022-10-14"),
          ("consultation", ("GEO",), ("LVA",), "2022-10-14")]),
    case("body-tells-them",
         "Uruguay and Bolivia hold political consultations\n\nOn Monday, political "
         "consultations between the foreign ministries of Uruguay and Bolivia were held "
         "in Montevideo.", "URY", "2021-06-09", _TYPES,
         [("consultation", ("URY",), ("BOL",), "2021-06-07")]),
    case("title-strategic-dialogue",
         "Chile, Japan hold strategic dialogue in Tokyo\n\nForeign Minister Ana Rojas met "
         "with Japanese Foreign Minister Taro Sato in Tokyo on Monday.", "CHL",
         "2024-03-13", _TYPES, [("meeting", ("CHL",), ("JPN",), "2024-03-11")]),
    case("body-other-partner",
         "Uruguay and Bolivia hold political consultations\n\nOn Monday, Deputy Foreign "
         "Minister Carlos Mata met with the Ambassador of Spain, Luis Gil.", "URY",
         "2021-06-09", _TYPES, [("meeting", ("URY",), ("ESP",), "2021-06-07")]),
    case("no-title",
         "On Monday, Deputy Foreign Minister Carlos Mata met with Bolivian Deputy Foreign "
         "Minister Rosa Quispe in Montevideo.", "URY", "2021-06-09", _TYPES,
         [("meeting", ("URY",), ("BOL",), "2021-06-07")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_title_naming_consultations_tells_the_meeting(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
