"""Generality audit (audit15b) of "a country named before the national body an official
serves in" (7e7604b): a country's adjective ("the Australian Department of Foreign
Affairs and Trade"), "of the"/"in the" as well as "at the", a meeting as well as a call,
the name before the title, a dateline; near-misses where the body is only a place of
an event with no one met (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_D = "2024-05-06"

_CASES = [
    case("adjective-dfat",
         "On 4 May, the Deputy Minister held a phone call with the First Assistant Secretary "
         "at the Australian Department of Foreign Affairs and Trade.", "VNM", _D, ["call"],
         [("call", ("VNM",), ("AUS",), "2024-05-04")]),
    case("adjective-japanese-ministry",
         "The Vice Minister spoke by phone with the Director-General at the Japanese Ministry "
         "of Foreign Affairs on 4 May.", "VNM", _D, ["call"],
         [("call", ("VNM",), ("JPN",), "2024-05-04")]),
    case("of-the-uk-foreign-office",
         "On 4 May the Deputy Minister received Mary Lane, Director for Asia of the UK "
         "Foreign Office.", "VNM", _D, ["meeting"],
         [("meeting", ("VNM",), ("GBR",), "2024-05-04")]),
    case("met-deputy-secretary-us-treasury",
         "Deputy Minister Tran Quoc Hai met with the Deputy Assistant Secretary at the US "
         "Department of the Treasury, Jane Cole, on 4 May.", "VNM", _D, ["meeting"],
         [("meeting", ("VNM",), ("USA",), "2024-05-04")]),
    case("name-first-german-office",
         "On 4 May, the Vice Minister held a video call with Karl Weber, Head of the Asia "
         "Department at the German Federal Foreign Office.", "VNM", _D, ["call"],
         [("call", ("VNM",), ("DEU",), "2024-05-04")]),
    case("korean-ministry-received",
         "The Deputy Minister received a delegation led by the Director General at the Korean "
         "Ministry of Foreign Affairs on 4 May.", "VNM", _D, ["meeting"],
         [("meeting", ("VNM",), ("KOR",), "2024-05-04")]),
    case("dateline-us-state-department",
         "Hanoi (VNA) - Deputy Foreign Minister Pham Minh Duc had talks on May 4 with the "
         "Deputy Assistant Secretary at the US State Department, Mark Ellis.", "VNM", _D,
         ["meeting"], [("meeting", ("VNM",), ("USA",), "2024-05-04")]),
    case("china-foreign-ministry-phone",
         "The Deputy Minister had a phone conversation on 4 May with the Director-General "
         "at the China Foreign Ministry, Wang Lei.", "VNM", _D, ["call"],
         [("call", ("VNM",), ("CHN",), "2024-05-04")]),
    # near-misses: the body is a place of an event, no one met
    case("no-press-conference-at-state-department",
         "On 4 May the Deputy Minister gave a press conference at the US State Department.",
         "VNM", _D, ["call", "meeting"], []),
    case("no-lecture-at-institute",
         "The Deputy Minister gave a lecture at the Korea Development Institute on 4 May.",
         "VNM", _D, ["call", "meeting"], []),
    case("no-reception-at-embassy",
         "The Deputy Minister attended a reception at the Australian Embassy in Hanoi.",
         "VNM", _D, ["call", "meeting"], []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_audit15_a_country_before_the_body_an_official_serves(text, issuer, date, types,
                                                              expected):
    check(text, issuer, date, types, expected)
