"""A talk told with the meeting it was held at ("discussed energy at his meeting with
the Foreign Minister of A", "reviewed ties during their talks with B", "was
discussed at the meeting with C") is one meeting, not the talk and the meeting."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_CASES = [
    case("at-his-meeting", "On 12 May, the Minister discussed energy at his meeting with the "
                           "Foreign Minister of Greece.", "TUR", "2023-07-01", ["meeting"],
         [("meeting", ("TUR",), ("GRC",), "2023-05-12")]),
    case("day-after", "The Minister discussed energy at his meeting with the Foreign Minister "
                      "of Greece on 12 May.", "TUR", "2023-07-01", ["meeting"],
         [("meeting", ("TUR",), ("GRC",), "2023-05-12")]),
    case("passive", "Energy security was discussed at the meeting with the Foreign Minister of "
                    "Greece in Athens.", "TUR", "2023-07-01", ["meeting"],
         [("meeting", ("TUR",), ("GRC",), "2023-07-01")]),
    case("during-talks", "The ministers reviewed trade during their talks with the Japanese "
                         "delegation on Monday.", "TUR", "2023-07-05", ["meeting"],
         [("meeting", ("TUR",), ("JPN",), "2023-07-03")]),
    # two occasions: the talk and a later meeting stay two
    case("then-met", "The Minister discussed energy with the Foreign Minister of Greece on "
                     "Monday and met the Prime Minister of Italy on Tuesday.", "TUR",
         "2023-07-05", ["meeting"],
         [("meeting", ("TUR",), ("GRC",), "2023-07-03"),
          ("meeting", ("TUR",), ("ITA",), "2023-07-04")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_talk_told_at_its_meeting_is_one(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
