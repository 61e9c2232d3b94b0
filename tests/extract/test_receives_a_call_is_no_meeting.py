""""X receives a phone call / phone calls / a letter from Y" (present tense, as in a
headline or a news agency's lead) is a call or a message, not an audience: no meeting,
as "received a phone call" already was. "X receives the Ambassador of Y" stays a
meeting (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _types(text: str, issuer: str) -> dict[str, list[list[str]]]:
    recs = extract_text(text, issuer=issuer, date="2026-04-12").records
    out: dict[str, list[list[str]]] = {}
    for r in recs:
        if r.type in ("meeting", "call"):
            out.setdefault(r.type, []).append(sorted({*r.from_, *r.to} - {issuer}))
    return out


@pytest.mark.parametrize(("text", "issuer", "partners"), [
    # a headline running into the dateline of the lead
    ("Foreign Minister Receives Phone Calls from Five Counterparts: Peru, Chile, "
     "Spain, Japan, and Kenya\n"
     "La Paz, April 12 (Agency) - HE Minister of Foreign Affairs Ana Torres received phone "
     "calls on Sunday from HE Minister of Foreign Affairs of the Republic of Peru Luis "
     "Paredes; HE Minister of Foreign Affairs of the Republic of Chile Rosa Vidal; HE "
     "Minister of Foreign Affairs of Spain Jose Ruiz; HE Minister of Foreign Affairs of "
     "Japan Ken Sato; and HE Minister of Foreign Affairs of the Republic of Kenya John "
     "Mwangi.", "BOL", [["CHL"], ["ESP"], ["JPN"], ["KEN"], ["PER"]]),
    ("Prime Minister Receives Phone Call from President of Senegal\n"
     "Banjul, April 12 - The Prime Minister received a phone call today from the "
     "President of Senegal.", "GMB", [["SEN"]]),
    ("The Emir receives a telephone call from the King of Jordan.", "QAT", [["JOR"]]),
    ("On Sunday the Foreign Minister receives a brief phone call from his Austrian "
     "counterpart.", "SVK", [["AUT"]]),
])
def test_receives_a_call_is_a_call_only(text: str, issuer: str,
                                        partners: list[list[str]]) -> None:
    got = _types(text, issuer)
    assert "meeting" not in got
    assert sorted(got.get("call", [])) == partners


@pytest.mark.parametrize(("text", "issuer"), [
    ("The Foreign Minister receives a letter from the Foreign Minister of Chile.", "BOL"),
    ("The President receives a message from the President of Ghana.", "TGO"),
])
def test_receives_a_letter_is_no_meeting(text: str, issuer: str) -> None:
    assert "meeting" not in _types(text, issuer)


@pytest.mark.parametrize(("text", "issuer", "partner"), [
    ("The Foreign Minister receives the Ambassador of Chile.", "BOL", "CHL"),
    ("Doha, April 12 - The Prime Minister receives the visiting Foreign Minister of "
     "Malta.", "QAT", "MLT"),
    ("Deputy Minister Receives Ambassador of Japan\nThe Deputy Minister received the "
     "Ambassador of Japan on Sunday.", "VNM", "JPN"),
])
def test_receives_a_guest_stays_a_meeting(text: str, issuer: str, partner: str) -> None:
    assert _types(text, issuer).get("meeting") == [[partner]]
