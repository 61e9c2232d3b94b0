"""A talk verb whose object is a situation in a country, then "with" the official
talked with ("discussed the evolving situation in Syria with the Minister for Foreign
Affairs of Norway", "the security situation in Mali with the Foreign Minister of
Ghana", "... with Ghana's Foreign Minister"): the meeting is with the official's side,
not with the country talked about. With no official after "with", nothing is met."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    case("title-of-country-name", "He discussed the evolving situation in Syria with Minister "
                                  "for Foreign Affairs of Norway Espen Eide.", "BRA",
         "2021-09-22", CORE, [("meeting", ("BRA",), ("NOR",), "2021-09-22")]),
    case("crisis-title-of", "The Minister discussed the humanitarian crisis in Sudan with the "
                            "Foreign Minister of Kenya.", "IND", "2023-04-12", CORE,
         [("meeting", ("IND",), ("KEN",), "2023-04-12")]),
    case("weekday-after", "The Secretary discussed the security situation in Mali with the "
                          "Foreign Minister of Ghana on Monday.", "USA", "2022-02-02", CORE,
         [("meeting", ("USA",), ("GHA",), "2022-01-31")]),
    case("possessive-side", "The Secretary discussed the security situation in the Sahel with "
                            "Ghana's Foreign Minister on Monday.", "USA", "2022-02-02", CORE,
         [("meeting", ("USA",), ("GHA",), "2022-01-31")]),
    case("possessive-plain-topic", "Minister Lind discussed trade with Peru's Foreign Minister "
                                   "on Friday.", "DNK", "2024-06-09", CORE,
         [("meeting", ("DNK",), ("PER",), "2024-06-07")]),
    # no official after "with": no meeting
    case("with-the-press", "He discussed the situation in Syria with the press.", "BRA",
         "2021-09-22", CORE, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_situation_discussed_with_an_official(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
