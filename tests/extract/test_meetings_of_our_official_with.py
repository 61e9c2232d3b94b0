"""A review names meetings by whose they were, then whom with: "Meetings of the Minister
with his counterparts from Germany and France took place in Paris in June", "Talks of the
President with the King of Jordan and the President of Egypt were held". Each counterpart
is a meeting of the issuer (before, the noun phrase read as no trigger at all). Meetings
between two other countries' officials stay none of ours (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_MEET = ["meeting"]

_CASES = [
    case("counterparts-from",
         "Review 2022\n\nMeetings of the Minister with his counterparts from Germany and France "
         "took place in Paris in June.", "POL", "2022", _MEET,
         [("meeting", ("POL",), ("DEU",), "2022-06"), ("meeting", ("POL",), ("FRA",), "2022-06")]),
    case("talks-of-president",
         "Review 2022\n\nTalks of the President with the King of Jordan and the President of "
         "Egypt were held in Amman and Cairo.", "POL", "2022", _MEET,
         [("meeting", ("POL",), ("JOR",), "2022"), ("meeting", ("POL",), ("EGY",), "2022")]),
    case("prime-minister",
         "Review 2022\n\nMeetings of the Prime Minister with the Prime Ministers of Czechia and "
         "Slovakia took place in February.", "POL", "2022", _MEET,
         [("meeting", ("POL",), ("CZE",), "2022-02"), ("meeting", ("POL",), ("SVK",), "2022-02")]),
    case("taoiseach",
         "2022 in review\n\nMeetings of the Taoiseach with the Prime Ministers of Spain and "
         "Portugal took place in Madrid and Lisbon in October.", "IRL", "2022", _MEET,
         [("meeting", ("IRL",), ("ESP",), "2022-10"), ("meeting", ("IRL",), ("PRT",), "2022-10")]),
    # near miss: two other countries' officials
    case("others",
         "Review 2022\n\nMeetings of the President of Germany with the President of France took "
         "place in Paris.", "POL", "2022", _MEET, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_meetings_of_our_official_with(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
