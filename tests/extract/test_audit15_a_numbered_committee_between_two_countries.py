"""Generality audit (audit15c) of "a numbered committee sitting between two countries
is a commission" (61d79dc): ordinals in words, digits and Roman numerals, "session",
"round", "meeting", a working group, "co-chaired", "was held", a passive, the sides named
or "the two countries"; near-misses: a regional committee, a committee proposed, one
ahead (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["commission"]
_D = "2024-06-05"

_CASES = [
    case("seventh-meeting-took-place",
         "The 7th Meeting of the Consultative Committee between Panama and Peru took place "
         "in Lima on 3 June.", "PAN", _D, _T, [("commission", ("PAN",), ("PER",), "2024-06-03")]),
    case("third-session-was-held",
         "The Third Session of the Security Committee between Panama and Costa Rica was "
         "held on Monday.", "PAN", _D, _T, [("commission", ("PAN",), ("CRI",), "2024-06-03")]),
    case("co-chaired-roman",
         "On 3 June, the Vice Minister co-chaired the II Meeting of the Migration Affairs "
         "Committee between Panama and Ecuador.", "PAN", _D, _T,
         [("commission", ("PAN",), ("ECU",), "2024-06-03")]),
    case("two-countries-after-meeting",
         "The Vice Minister met the Deputy Foreign Minister of Chile in Panama City on 3 "
         "June. The talks were held within the framework of the XII Meeting of the Trade "
         "Committee between the two countries.", "PAN", _D, _T,
         [("commission", ("PAN",), ("CHL",), "2024-06-03")]),
    case("working-group-fifth",
         "The delegations of Panama and Mexico met on 3 June for the fifth meeting of the "
         "Energy Working Group between both countries.", "PAN", _D, _T,
         [("commission", ("PAN",), ("MEX",), "2024-06-03")]),
    case("round-of-committee",
         "On 3 June, Panama and Colombia held the 4th Round of the Border Committee between "
         "Panama and Colombia in Colon.", "PAN", _D, _T,
         [("commission", ("PAN",), ("COL",), "2024-06-03")]),
    case("took-part-in-session",
         "A Panamanian delegation took part on 3 June in the 9th session of the Fisheries "
         "Committee between Panama and Japan in Tokyo.", "PAN", _D, _T,
         [("commission", ("PAN",), ("JPN",), "2024-06-03")]),
    case("dateline-ordinal-word",
         "PANAMA CITY, 3 June 2024 - The first meeting of the Health Committee between "
         "Panama and Guatemala was held today.", "PAN", _D, _T,
         [("commission", ("PAN",), ("GTM",), "2024-06-03")]),
    case("both-sides-held-the-two-countries",
         "Panama and Peru held the seventh meeting of the Consultative Committee between "
         "the two countries in Lima on 3 June.", "PAN", _D, _T,
         [("commission", ("PAN",), ("PER",), "2024-06-03")]),
    case("led-the-delegation-at",
         "The Vice Minister led the Panamanian delegation at the 6th meeting of the "
         "Agriculture Committee between Panama and Honduras on 3 June.", "PAN", _D, _T,
         [("commission", ("PAN",), ("HND",), "2024-06-03")]),
    # near-misses
    case("no-regional-committee",
         "The 3rd meeting of the Central American Security Committee was held in "
         "Guatemala on 3 June.", "PAN", _D, _T, []),
    case("no-committee-proposed",
         "The Minister proposed establishing a Security Committee between Panama and Peru.",
         "PAN", _D, _T, []),
    case("no-committee-ahead",
         "The first meeting of the Consultative Committee between Panama and Peru will take "
         "place next month.", "PAN", _D, _T, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_numbered_committee_between_two_countries(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
