"""Generality audit (audit15c) of "one meeting told on in a 'who' clause" (1494266):
a courtesy call, talks, a briefing, credentials or a message handed over told in a
relative clause on the one received, met or hosted; near-misses: a later meeting with
another of ours, and a relative clause on a third side met (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["meeting"]
_D = "2024-06-05"

_CASES = [
    case("who-paid-a-courtesy-call",
         "On 3 June the Foreign Minister received Mr Carlos Diaz, who paid a courtesy call "
         "as the new Ambassador of Spain.", "KEN", _D, _T,
         [("meeting", ("KEN",), ("ESP",), "2024-06-03")]),
    case("hosted-who-presented",
         "The President on Monday hosted Ms Anna Berg, who presented her credentials as "
         "Ambassador of Sweden.", "KEN", _D, _T,
         [("meeting", ("KEN",), ("SWE",), "2024-06-03")]),
    case("named-envoy-who-held-talks",
         "The Principal Secretary received the Ambassador of Japan, Mr Ken Sato, who held "
         "talks with her on maritime security, on 3 June.", "KEN", _D, _T,
         [("meeting", ("KEN",), ("JPN",), "2024-06-03")]),
    case("who-came-to-present",
         "On 3 June the President received Ms Lena Holm, who came to present her "
         "credentials as Ambassador of Denmark.", "KEN", _D, _T,
         [("meeting", ("KEN",), ("DNK",), "2024-06-03")]),
    case("met-with-who-briefed",
         "The Foreign Minister met with Mr Omar Haddad, the Ambassador of Jordan, who "
         "briefed him on the situation in the region, on 3 June.", "KEN", _D, _T,
         [("meeting", ("KEN",), ("JOR",), "2024-06-03")]),
    case("who-delivered-a-message",
         "On 3 June the Cabinet Secretary received the Ambassador of Qatar, who delivered "
         "a message from the Emir and met with her for an hour.", "KEN", _D, _T,
         [("meeting", ("KEN",), ("QAT",), "2024-06-03")]),
    case("who-was-on-a-farewell-call",
         "The Cabinet Secretary on 3 June received Mr Hans Weber, who was on a farewell "
         "call at the end of his tour as Ambassador of Germany.", "KEN", _D, _T,
         [("meeting", ("KEN",), ("DEU",), "2024-06-03")]),
    case("review-year-who-called",
         "Kenya's diplomacy in 2023\n\nIn April, the President received Mr Ivan Novak, who "
         "called on him as the new Ambassador of Croatia.", "KEN", "2023-12-20", _T,
         [("meeting", ("KEN",), ("HRV",), "2023-04")]),
    # near-misses: a third side met in the clause
    case("who-later-met-a-third-side",
         "On 3 June the President received the Ambassador of Chile, who later held talks "
         "with the Ambassador of Peru.", "KEN", _D, _T,
         [("meeting", ("KEN",), ("CHL",), "2024-06-03")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_one_meeting_in_a_who_clause(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
