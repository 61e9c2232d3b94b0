"""What two sides agreed, told with the talks it was agreed at ("Viet Nam and Cambodia
agreed to boost trade during talks between their foreign ministers in Phnom Penh on 14
May", "vowed to cooperate during talks between"): the talks were held, the
plan is what was agreed. Talks that are themselves what was agreed ("agreed to hold
talks next month") stay a plan."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_CASES = [
    case("agreed-during-talks-between",
         "Viet Nam and Cambodia agreed to boost trade during talks between Foreign "
         "Minister Le Hoang and his Cambodian counterpart Chan Dara in Phnom Penh on May "
         "14.", "VNM", "2024-05-15", ["meeting"],
         [("meeting", ("VNM",), ("KHM",), "2024-05-14")]),
    case("the-two-sides-agreed-during-talks",
         "The two sides agreed to cooperate closely during talks between Deputy Foreign "
         "Minister Le Hoang and his Lao counterpart in Vientiane on May 14.", "VNM",
         "2024-05-15", ["meeting"], [("meeting", ("VNM",), ("LAO",), "2024-05-14")]),
    case("pledged-at-talks-with",
         "On May 14 the Foreign Minister pledged to cooperate at talks with the Philippine "
         "Secretary of Foreign Affairs in Manila.", "VNM", "2024-05-15",
         ["meeting"], [("meeting", ("VNM",), ("PHL",), "2024-05-14")]),
    case("vowed-during-talks",
         "Viet Nam and Thailand vowed to cooperate during talks "
         "between their prime ministers in Bangkok on May 14.", "VNM", "2024-05-15",
         ["meeting"], [("meeting", ("VNM",), ("THA",), "2024-05-14")]),
    # the talks are what was agreed: a plan
    case("agreed-to-hold-talks",
         "Viet Nam and Thailand agreed to hold talks between their foreign ministers in "
         "Hanoi next month.", "VNM", "2024-05-15", ["meeting"], []),
    case("will-agree-during-talks",
         "The two ministers will agree on a new trade target during talks in Bangkok next "
         "week.", "VNM", "2024-05-15", ["meeting"], []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_agreed_at_the_talks_they_held(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
