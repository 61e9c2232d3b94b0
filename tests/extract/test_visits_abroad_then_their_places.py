"""A review names an official's trips abroad as a whole, then their places: "The
Taoiseach's visits abroad included A, B and C", "Among the President's foreign visits
were those to D (May)", "The Prime Minister's overseas travel took him to E". Each
place is a visit of the issuer, dated by its own month when one is written beside it.
Talks the trips included are no places (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    case("possessive-included",
         "2022 in review\n\nThe Taoiseach's visits abroad included Portugal, Spain and Italy.",
         "IRL", "2022", CORE,
         [("visit", ("IRL",), ("PRT",), "2022"), ("visit", ("IRL",), ("ESP",), "2022"),
          ("visit", ("IRL",), ("ITA",), "2022")]),
    case("of-the-president",
         "Results of 2024\n\nThe visits abroad of the President included Portugal and Spain.",
         "KAZ", "2024", CORE,
         [("visit", ("KAZ",), ("PRT",), "2024"), ("visit", ("KAZ",), ("ESP",), "2024")]),
    case("among-those-to-months",
         "Results of 2024\n\nAmong the President's foreign visits were those to Portugal (May) "
         "and Spain (June).", "KAZ", "2024", CORE,
         [("visit", ("KAZ",), ("PRT",), "2024-05"), ("visit", ("KAZ",), ("ESP",), "2024-06")]),
    case("travel-took-him",
         "Annual Report 2023\n\nThe Prime Minister's overseas travel took him to Australia, Fiji "
         "and Samoa.", "NZL", "2023", CORE,
         [("visit", ("NZL",), ("AUS",), "2023"), ("visit", ("NZL",), ("FJI",), "2023"),
          ("visit", ("NZL",), ("WSM",), "2023")]),
    case("trips-were-to",
         "Annual Report 2023\n\nHer foreign trips in 2023 were to Japan and Korea.",
         "NZL", "2023", CORE,
         [("visit", ("NZL",), ("JPN",), "2023"), ("visit", ("NZL",), ("KOR",), "2023")]),
    # near miss: the talks a trip included are a meeting, no place visited
    case("included-talks",
         "Annual Report 2024\n\nThe foreign visits of the Minister included talks with the "
         "President of Chile.", "NZL", "2024", CORE,
         [("meeting", ("NZL",), ("CHL",), "2024")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_visits_abroad_then_their_places(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
