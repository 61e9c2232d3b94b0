"""A call told as a "tele-meeting", "teleconference" or "tele-conversation" with
someone is a call (not taking part by teleconference in a session of others), and
the partner of an opening "After his meeting with X," is no side of the call told
after it (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _kinds(text: str) -> list[tuple[str, list[str]]]:
    recs = extract_text(text, issuer="GMB", date="2020-10-28").records
    return [(r.type, list(r.to)) for r in recs if r.type in ("call", "meeting")]


@pytest.mark.parametrize(("text", "partner"), [
    ("On 27 October the Foreign Minister had a tele-meeting with his Chinese counterpart.",
     "CHN"),
    ("On 27 October the Foreign Minister held a teleconference with the Foreign Minister "
     "of Japan.", "JPN"),
    ("The Minister had a tele-conversation on 27 October with Senegal's Foreign Minister.",
     "SEN"),
])
def test_a_tele_meeting_is_a_call(text: str, partner: str) -> None:
    assert _kinds(text) == [("call", [partner])]


@pytest.mark.parametrize("text", [
    "On 27 October the Minister took part by teleconference in the meeting of the ECOWAS "
    "Council of Ministers.",
    "On 27 October the Ministry held a teleconference on the situation in Mali.",
])
def test_a_teleconference_of_a_session_or_on_a_topic_is_no_call(text: str) -> None:
    assert [k for k in _kinds(text) if k[0] == "call"] == []


@pytest.mark.parametrize(("text", "met", "called"), [
    ("On 27 October, after his meeting with the Turkish Ambassador, the Foreign Minister "
     "had a telephone conversation with the Foreign Minister of Japan.", "TUR", "JPN"),
    ("Following her talks with the Ambassador of Chile on 27 October, the Minister spoke "
     "by phone with her Ghanaian counterpart.", "CHL", "GHA"),
])
def test_the_partner_of_an_opening_meeting_is_no_side_of_the_call(text: str, met: str,
                                                                   called: str) -> None:
    got = _kinds(text)
    assert ("call", [called]) in got
    assert ("call", [met]) not in got
