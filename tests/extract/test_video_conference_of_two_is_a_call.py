"""A video conference of two sides is a call, not a conference attended: "A video
conference was held between the Minister and his counterpart from A", "took part
in a videoconference with the Foreign Minister of B" (our side first, as for any
call whose caller is not told). Taking part by video in a session stays that
session; "took a call from" is still the other side's call."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import CORE, case, check

_MULTI = [*CORE, "multilateral"]

_CASES = [
    case("held-between", "A video conference was held between the Foreign Minister and his "
                         "counterpart from New Zealand.", "NOR", "2024-03-12", _MULTI,
         [("call", ("NOR",), ("NZL",), "2024-03-12")]),
    case("took-place-between", "A videoconference took place on Monday between Minister Eide "
                               "and the Foreign Minister of Chile.", "NOR", "2024-03-12", _MULTI,
         [("call", ("NOR",), ("CHL",), "2024-03-11")]),
    case("took-part-with", "The Minister took part in a videoconference with the Foreign "
                           "Minister of Peru.", "NOR", "2024-03-12", _MULTI,
         [("call", ("NOR",), ("PER",), "2024-03-12")]),
    case("participated-video-call", "The Minister participated in a video call with her Japanese "
                                    "counterpart on Friday.", "NOR", "2024-03-12", _MULTI,
         [("call", ("NOR",), ("JPN",), "2024-03-08")]),
    case("took-part-phone", "The Minister took part in a telephone conversation with the Prime "
                            "Minister of Italy.", "NOR", "2024-03-12", _MULTI,
         [("call", ("NOR",), ("ITA",), "2024-03-12")]),
    # a call taken is the other side's; a session by video stays the session
    case("took-a-call", "The Minister took a call from the Foreign Minister of Peru.",
         "NOR", "2024-03-12", CORE, [("call", ("PER",), ("NOR",), "2024-03-12")]),
    case("session-by-video", "The Minister took part by videoconference in the ministerial "
                             "meeting of the Alliance.", "NOR", "2024-03-12", CORE, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_video_conference_of_two_is_a_call(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
