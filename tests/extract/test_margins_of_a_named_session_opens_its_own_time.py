"""A review's sentence opened by "On the margins of the UN General Assembly," names a
session of its own: when no day was told for that session before, its meetings take the
review's year, not the month of the sentence before ("... in December. On the margins of
the UN General Assembly, the President met ..."). "On its margins" and "On the sidelines
of the summit" still go on at the occasion just told (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_MEET = ["meeting"]

_CASES = [
    case("unga-after-december",
         "Review 2023\n\nThe Minister visited Georgia in December.\nOn the margins of the UN "
         "General Assembly, the President met the presidents of Kenya and Chile.",
         "EST", "2023", _MEET,
         [("meeting", ("EST",), ("KEN",), "2023"), ("meeting", ("EST",), ("CHL",), "2023")]),
    case("osce-after-sidelines-sentence",
         "Review 2023\n\nThe Minister held talks with his Georgian counterpart on the sidelines "
         "of the OSCE Ministerial Council in December.\nOn the margins of the UN General "
         "Assembly, the President met the President of Kenya.", "EST", "2023", _MEET,
         [("meeting", ("EST",), ("GEO",), "2023-12"), ("meeting", ("EST",), ("KEN",), "2023")]),
    case("numbered-session",
         "Review 2023\n\nThe Minister visited Georgia in December.\nOn the sidelines of the 78th "
         "session of the UN General Assembly, the Minister met the foreign ministers of Peru and "
         "Chile.", "EST", "2023", _MEET,
         [("meeting", ("EST",), ("PER",), "2023"), ("meeting", ("EST",), ("CHL",), "2023")]),
    case("fringes-of-forum",
         "Review 2024\n\nIn March the Prime Minister visited Japan.\nOn the fringes of the World "
         "Economic Forum, the Prime Minister met the Prime Minister of Belgium.",
         "FIN", "2024", _MEET, [("meeting", ("FIN",), ("BEL",), "2024")]),
    # near misses: its margins, and the summit just told, go on at the occasion's time
    case("its-margins",
         "Review 2023\n\nIn June the President took part in the NATO summit in Vilnius.\nOn its "
         "margins, he met the President of Finland.", "EST", "2023", _MEET,
         [("meeting", ("EST",), ("FIN",), "2023-06")]),
    case("session-told-before",
         "Review 2023\n\nIn September the President attended the UN General Assembly in New "
         "York.\nOn the margins of the UN General Assembly, the President met the President of "
         "Kenya.", "EST", "2023", _MEET, [("meeting", ("EST",), ("KEN",), "2023-09")]),
    case("brussels-meeting",
         "Review 2023\n\nIn April the Minister attended the meeting of NATO foreign ministers "
         "in Brussels.\nOn the sidelines of the Brussels meeting, he met the US Secretary of "
         "State.", "EST", "2023", _MEET, [("meeting", ("EST",), ("USA",), "2023-04")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_margins_of_a_named_session_opens_its_own_time(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
