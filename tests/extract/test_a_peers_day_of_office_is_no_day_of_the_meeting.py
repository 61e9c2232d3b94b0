"""A lead lists the peers met, then one meeting is told in detail with a relative
clause about the peer that holds a day ("He then met Ghanaian Foreign Minister A, who
took office on 7 January", "whose term began on 12 March"): that day is the peer's, not
the meeting's, so the meeting is the one of the list, not one more. A day of the
meeting's own ("on Thursday") is still another occasion."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_M = ["meeting"]

_CASES = [
    case("took-office", "Minister Vieira met the foreign ministers of Norway, Ghana, Peru and "
                        "Japan on Wednesday. He then met Ghanaian Foreign Minister Ablakwa, who "
                        "took office on January 7.", "BRA", "2021-09-22", _M,
         [("meeting", ("BRA",), (c,), "2021-09-22") for c in ("NOR", "GHA", "PER", "JPN")]),
    case("was-appointed", "Foreign Minister Dahl met her Chilean, Kenyan and Thai counterparts "
                          "in New York on Tuesday. She later held talks with Kenyan Foreign "
                          "Minister Mudavadi, who was appointed on 2 August 2023.", "NOR",
         "2023-09-19", _M,
         [("meeting", ("NOR",), (c,), "2023-09-19") for c in ("CHL", "KEN", "THA")]),
    case("whose-term", "The Secretary met the foreign ministers of Peru, Ecuador and Bolivia in "
                       "Lima. He then talked with Peruvian Foreign Minister Gonzalez, whose term "
                       "began on 12 March.", "USA", "2024-05-06", _M,
         [("meeting", ("USA",), (c,), "2024-05-06") for c in ("PER", "ECU", "BOL")]),
    case("reappointed-month", "Minister Ito met his counterparts from Laos, Cambodia and Vietnam "
                              "in Phnom Penh. He then met Cambodian Foreign Minister Sokhonn, who "
                              "was reappointed in August.", "JPN", "2022-11-10", _M,
         [("meeting", ("JPN",), (c,), "2022-11-10") for c in ("LAO", "KHM", "VNM")]),
    # a day of the meeting's own: another occasion
    case("own-day", "Minister Vieira met the foreign ministers of Norway, Ghana, Peru and Japan "
                    "on Wednesday. He then met Ghanaian Foreign Minister Ablakwa on Thursday.",
         "BRA", "2021-09-24", _M,
         [("meeting", ("BRA",), (c,), "2021-09-22") for c in ("NOR", "GHA", "PER", "JPN")]
         + [("meeting", ("BRA",), ("GHA",), "2021-09-23")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_peers_day_of_office_is_no_day_of_the_meeting(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
