"""A review names the visits it received as a whole, then their guests: "High-level
visits to Latvia in 2023 included those of the President of A (January), ...", "Among
the incoming visits were those of the President of B (July)". Each guest visits the
place named (else the issuer), dated by the month beside the guest; the year told
between the place and "included" is no guest's date. Visits received by another
country are not ours (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    case("year-between",
         "Annual report 2023\n\nHigh-level visits to Latvia in 2023 included those of the "
         "President of Finland (January), the Prime Minister of Sweden (March) and the "
         "Chancellor of Germany (June).", "LVA", "2023", CORE,
         [("visit", ("FIN",), ("LVA",), "2023-01"), ("visit", ("SWE",), ("LVA",), "2023-03"),
          ("visit", ("DEU",), ("LVA",), "2023-06")]),
    case("during-the-year-were",
         "Annual report 2023\n\nOfficial visits to Latvia during the year were those of the "
         "President of Finland (January) and the Prime Minister of Sweden (March).",
         "LVA", "2023", CORE,
         [("visit", ("FIN",), ("LVA",), "2023-01"), ("visit", ("SWE",), ("LVA",), "2023-03")]),
    case("among-incoming",
         "Results for 2024\n\nAmong the incoming visits were those of the President of China "
         "(July) and the Chancellor of Germany (September).", "KAZ", "2024", CORE,
         [("visit", ("CHN",), ("KAZ",), "2024-07"), ("visit", ("DEU",), ("KAZ",), "2024-09")]),
    case("incoming-included",
         "Results for 2024\n\nIncoming visits in 2024 included the President of China (July) "
         "and the Chancellor of Germany (September).", "KAZ", "2024", CORE,
         [("visit", ("CHN",), ("KAZ",), "2024-07"), ("visit", ("DEU",), ("KAZ",), "2024-09")]),
    case("high-level-incoming-this-year",
         "Results for 2024\n\nThe high-level incoming visits this year were those of the Prime "
         "Minister of India and the President of Egypt.", "KAZ", "2024", CORE,
         [("visit", ("IND",), ("KAZ",), "2024"), ("visit", ("EGY",), ("KAZ",), "2024")]),
    # near miss: the guests' visits told with "by" stay as they were
    case("by-guests",
         "Annual report 2023\n\nVisits to Latvia by the foreign ministers of Portugal (May) and "
         "Greece (June) took place.", "LVA", "2023", CORE,
         [("visit", ("PRT",), ("LVA",), "2023-05"), ("visit", ("GRC",), ("LVA",), "2023-06")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_incoming_visits_then_their_guests(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
