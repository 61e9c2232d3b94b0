"""The year an anniversary counts from is not the time of the event it marks: "The
visit of the Japanese Prime Minister coincided with the 25th anniversary of Chile's
entry into the OECD in 1997" is a visit of the review's year, not of 1997; "on the
30th anniversary of the relations of 1992" likewise. A day told in full may be the day of
the celebration itself and still dates the event."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["visit", "meeting"]
_REVIEW = "Chilean diplomacy in 2022: results of the year\n\n"

_CASES = [
    case("coincided-with", _REVIEW + "The visit of the Japanese Prime Minister coincided with "
                                     "the 25th anniversary of Chile's entry into the OECD in "
                                     "1997.", "CHL", "2022-12-28", _TYPES,
         [("visit", ("JPN",), ("CHL",), "2022")]),
    case("two-anniversaries", _REVIEW + "The Brazilian President's visit coincided with the "
                                        "tenth anniversary of the Pacific Alliance in 2012 and "
                                        "the centenary of the first trade treaty.", "CHL",
         "2022-12-28", _TYPES, [("visit", ("BRA",), ("CHL",), "2022")]),
    case("month-of-origin", "The Minister visited Seoul in May, on the 30th anniversary of "
                            "the relations opened in September 1992.", "MNG", "2022-06-10",
         _TYPES, [("visit", ("MNG",), ("KOR",), "2022-05")]),
    case("relations-of", "On Monday the Minister met the Korean Ambassador, on the 30th "
                         "anniversary of the relations of 1992.", "MNG", "2022-06-10", _TYPES,
         [("meeting", ("MNG",), ("KOR",), "2022-06-06")]),
    case("celebration-day", "The Minister visited Beijing for the 75th anniversary of the "
                            "founding of the Republic on 1 October 2024.", "MNG", "2024-10-03",
         _TYPES, [("visit", ("MNG",), ("CHN",), "2024-10-01")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_dates_an_anniversarys_origin(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
