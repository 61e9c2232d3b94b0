"""A country that opens a gathering's name ("the Ukraine Recovery Conference", "the Syria
Donors Conference", "the Bosnia Peace Forum") is a name, not a side met there: "During
the Ukraine Recovery Conference in London in June, the Minister met the foreign ministers
of the United Kingdom and Canada" gives meetings with those two only. The country's own
official named as met stays a side (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_MEET = ["meeting"]

_CASES = [
    case("recovery-conference",
         "Review 2023\n\nDuring the Ukraine Recovery Conference in London in June, the Minister "
         "met the foreign ministers of the United Kingdom and Canada.", "LTU", "2023", _MEET,
         [("meeting", ("LTU",), ("GBR",), "2023-06"), ("meeting", ("LTU",), ("CAN",), "2023-06")]),
    case("donors-conference",
         "Review 2023\n\nOn the margins of the Syria Donors Conference in Brussels, the Minister "
         "met the Foreign Minister of Jordan.", "LTU", "2023", _MEET,
         [("meeting", ("LTU",), ("JOR",), "2023")]),
    case("at-summit",
         "Review 2024\n\nAt the Moldova Partnership Platform in Chisinau in May, the Minister held "
         "talks with the Foreign Minister of Romania.", "EST", "2024", _MEET,
         [("meeting", ("EST",), ("ROU",), "2024-05")]),
    case("peace-forum",
         "Review 2024\n\nDuring the Bosnia Peace Forum in Sarajevo, the Minister met the Foreign "
         "Ministers of Croatia and Slovenia.", "EST", "2024", _MEET,
         [("meeting", ("EST",), ("HRV",), "2024"), ("meeting", ("EST",), ("SVN",), "2024")]),
    # near miss: the country's own official met at it stays a side
    case("own-official",
         "Review 2023\n\nThe Minister met the Foreign Minister of Ukraine at the Ukraine Recovery "
         "Conference in June.", "LTU", "2023", _MEET,
         [("meeting", ("LTU",), ("UKR",), "2023-06")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_country_opening_a_gatherings_name_is_no_side(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
