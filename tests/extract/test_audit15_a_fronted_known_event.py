"""Generality audit (audit15c) of "'Following the phone call' names the call told"
(c51701e): "After the call", "At the end of their telephone conversation", "Following
the talks", "After the meeting" opening a sentence after the event was told, with a
visit, a press conference or a topic country after the comma; and near-misses: a call
fronted as the first told ("Following a phone call with X"), and a new call told after
the known one, which must stay (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["meeting", "call", "visit"]
_D = "2024-06-05"
_CALL = "On 3 June, the Foreign Minister held a phone call with her Swedish counterpart. "
_MEET = "The Foreign Minister met the Foreign Minister of Poland in Oslo on 3 June. "

_CASES = [
    case("after-the-call-travelled",
         _CALL + "After the call, she travelled to Finland.", "NOR", _D, _T,
         [("call", ("NOR",), ("SWE",), "2024-06-03"), ("visit", ("NOR",), ("FIN",), None)]),
    case("following-their-conversation-topic",
         _CALL + "Following their telephone conversation, the Minister spoke to the press "
         "about Estonia.", "NOR", _D, _T, [("call", ("NOR",), ("SWE",), "2024-06-03")]),
    case("at-the-end-of-the-call-topic",
         _CALL + "At the end of the call, both ministers reaffirmed their support for "
         "Ukraine.", "NOR", _D, _T, [("call", ("NOR",), ("SWE",), "2024-06-03")]),
    case("after-the-meeting-press-conference",
         _MEET + "After the meeting, the two ministers held a joint press conference on "
         "support for Ukraine.", "NOR", _D, _T,
         [("meeting", ("NOR",), ("POL",), "2024-06-03")]),
    case("following-the-talks-statement-on-belarus",
         _MEET + "Following the talks, the ministers issued a statement on Belarus.", "NOR",
         _D, _T, [("meeting", ("NOR",), ("POL",), "2024-06-03")]),
    case("following-the-telephone-call-departed",
         _CALL + "Following the telephone call, the Minister departed for Denmark on "
         "Tuesday.", "NOR", _D, _T,
         [("call", ("NOR",), ("SWE",), "2024-06-03"),
          ("visit", ("NOR",), ("DNK",), "2024-06-04")]),
    case("after-the-conversation-lithuania",
         _CALL + "After the conversation, the Minister said that Norway and Sweden would "
         "coordinate their aid to Lithuania.", "NOR", _D, _T,
         [("call", ("NOR",), ("SWE",), "2024-06-03")]),
    # near-misses: the first event told; a new call after a known one
    case("first-told-following-a-call-with",
         "Following a phone call with the Danish Foreign Minister on 3 June, the Minister "
         "said ties were strong.", "NOR", _D, _T,
         [("call", ("NOR",), ("DNK",), "2024-06-03")]),
    case("new-call-after-the-known-one",
         _CALL + "Following the phone call, the Minister also spoke by telephone with the "
         "Foreign Minister of Finland.", "NOR", _D, _T,
         [("call", ("NOR",), ("SWE",), "2024-06-03"), ("call", ("NOR",), ("FIN",), None)]),
    case("new-meeting-after-the-call",
         _CALL + "After the call, the Minister received the Ambassador of Iceland.", "NOR",
         _D, _T, [("call", ("NOR",), ("SWE",), "2024-06-03"),
                  ("meeting", ("NOR",), ("ISL",), None)]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_fronted_known_event(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
