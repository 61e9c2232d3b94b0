"""A country named before the national body an official serves in, after "at the"
("the Senior Director at the US State Department", "the Coordinator at the US
National Security Council", "an adviser at the Japan Cabinet Office") is that
official's side, not the place where a call or a meeting happened; a country
before a site that is no such body ("at the US Embassy in Hanoi") stays a place."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_CASES = [
    case("spoke-by-phone-state-department",
         "On 4 May, Deputy Minister Tran Quoc Hai spoke by phone with a Senior Director at "
         "the US State Department, Mark Ellis.", "VNM", "2024-05-06", ["call"],
         [("call", ("VNM",), ("USA",), "2024-05-04")]),
    case("phone-call-cabinet-office",
         "Deputy Minister Tran Quoc Hai held a phone call with the Senior Adviser at the "
         "Japan Cabinet Office, Ken Mori, on 4 May.", "VNM", "2024-05-06", ["call"],
         [("call", ("VNM",), ("JPN",), "2024-05-04")]),
    case("name-first-security-council",
         "On 4 May, the Vice Minister had a telephone conversation with Anna Berg, Director "
         "for East Asia at the US National Security Council.", "VNM", "2024-05-06", ["call"],
         [("call", ("VNM",), ("USA",), "2024-05-04")]),
    case("video-call-between",
         "A video call took place on 4 May between the Deputy Minister and the Coordinator "
         "at the US National Security Council.", "VNM", "2024-05-06", ["call"],
         [("call", ("VNM",), ("USA",), "2024-05-04")]),
    case("dateline-and-title-before-name",
         "Hanoi (VNA) - Deputy Foreign Minister Pham Minh Duc held phone talks with the "
         "Senior Director for Oceania at the US National Security Council Dan Ross on "
         "April 9.", "VNM", "2024-04-10", ["call"],
         [("call", ("VNM",), ("USA",), "2024-04-09")]),
    # a place that is no body an official serves in stays a place
    case("briefing-at-embassy",
         "On 4 May the Deputy Minister held a press briefing at the US Embassy in Hanoi.",
         "VNM", "2024-05-06", ["call", "meeting"], []),
    case("seminar-at-a-foundation",
         "The Deputy Minister attended a seminar at the Japan Foundation office in Hanoi.",
         "VNM", "2024-05-06", ["call", "meeting"], []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_country_named_before_the_body_an_official_serves_in(text, issuer, date, types,
                                                             expected):
    check(text, issuer, date, types, expected)
