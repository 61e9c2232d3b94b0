"""A minister's post opens on a courtesy, often with no article and the title
abbreviated: "Pleased to meet FM A of B today", "Delighted to welcome Foreign
Minister C of D to Delhi" (a meeting, and the guest's visit), "Great to catch up
with US Secretary of State E", "Happy to host my friend FM F of G". A courtesy
about a thing ("Glad to welcome the decision of the Council") or a crowd is no
meeting."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    case("pleased-fm", "Pleased to meet FM @AliSabry of Sri Lanka today on the sidelines of "
                       "#UNGA79.", "IND", "2024-09-25", CORE,
         [("meeting", ("IND",), ("LKA",), "2024-09-25")]),
    case("delighted-welcome", "Delighted to welcome Foreign Minister Penny Wong of Australia "
                              "to Delhi.", "IND", "2024-09-25", CORE,
         [("meeting", ("IND",), ("AUS",), "2024-09-25"),
          ("visit", ("AUS",), ("IND",), "2024-09-25")]),
    case("great-catch-up", "Great to catch up with US Secretary of State Blinken in New York "
                           "this evening.", "IND", "2024-09-25", CORE,
         [("meeting", ("IND",), ("USA",), "2024-09-25")]),
    case("good-meet-with", "Good to meet with DPM & FM Winston Peters of New Zealand today.",
         "IND", "2024-09-25", CORE, [("meeting", ("IND",), ("NZL",), "2024-09-25")]),
    case("happy-host", "Happy to host my friend FM Ali Sabry of Sri Lanka in New Delhi.",
         "IND", "2024-09-25", CORE, [("meeting", ("IND",), ("LKA",), "2024-09-25")]),
    case("a-decision", "Glad to welcome the decision of the Council.", "IND", "2024-09-25",
         CORE, []),
    case("a-crowd", "Good to see so many friends at the reception.", "IND", "2024-09-25",
         CORE, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_post_openers_of_courtesy(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
