"""Private people named beside an official met ("met the Indian Minister of Commerce
and Indian businessmen", "the Foreign Minister of Kenya and Kenyan journalists") are
no second person met: one meeting with that side, not two. Two officials of one
side stay two meetings, as before."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_CASES = [
    case("businessmen", "The Minister met the Indian Minister of Commerce and Indian "
                        "businessmen.", "NOR", "2024-03-12", ["meeting"],
         [("meeting", ("NOR",), ("IND",), "2024-03-12")]),
    case("journalists", "The Minister met the Foreign Minister of Kenya and Kenyan journalists "
                        "in Nairobi.", "NOR", "2024-03-12", ["meeting"],
         [("meeting", ("NOR",), ("KEN",), "2024-03-12")]),
    case("students", "On Monday she met the Prime Minister of Ghana and Ghanaian students.",
         "NOR", "2024-03-12", ["meeting"], [("meeting", ("NOR",), ("GHA",), "2024-03-11")]),
    case("two-officials", "The Minister met the President of Kenya and the Foreign Minister of "
                          "Kenya.", "NOR", "2024-03-12", ["meeting"],
         [("meeting", ("NOR",), ("KEN",), "2024-03-12"),
          ("meeting", ("NOR",), ("KEN",), "2024-03-12")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_private_people_beside_an_official(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
