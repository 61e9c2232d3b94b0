"""A phrase between a nominal contact and the "with" of its partner -- an office after
"as", a day, a place, an aside between commas that ranks or times the event -- does not
cut the partner off ("had her second call as Minister with ..."); a clause between
commas is no such phrase (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _contacts(text: str, issuer: str) -> list[tuple[str, list[str]]]:
    recs = extract_text(text, issuer=issuer, date="2025-06-10").records
    return sorted((r.type, sorted({*r.from_, *r.to} - {issuer})) for r in recs
                  if r.type in ("meeting", "call"))


@pytest.mark.parametrize(("text", "issuer", "want"), [
    ("The Minister of Foreign Affairs, Ines Varga, today held her second call as Foreign "
     "Minister with the Foreign Minister of Chile, Pablo Rojas.", "HUN", [("call", ["CHL"])]),
    ("Foreign Minister Tomas Lind had his first bilateral call on Monday with the "
     "Secretary of State of the United States.", "SWE", [("call", ["USA"])]),
    ("Minister Lind had a call, on Tuesday, with the Foreign Minister of Kenya.", "SWE",
     [("call", ["KEN"])]),
    ("Foreign Minister Tomas Lind held his first meeting as Minister with the Foreign "
     "Minister of Japan, Ken Mori.", "SWE", [("meeting", ["JPN"])]),
    ("The Foreign Minister held a meeting, the first since the elections, with the "
     "Foreign Minister of Ghana.", "SWE", [("meeting", ["GHA"])]),
    ("The Foreign Minister concluded two days of meetings in Canberra with the Foreign "
     "Minister of Australia and the Prime Minister of Australia.", "NZL",
     [("meeting", ["AUS"]), ("meeting", ["AUS"])]),
    ("The Foreign Minister held separate discussions yesterday in Geneva with the Foreign "
     "Minister of Peru.", "ECU", [("meeting", ["PER"])]),
])
def test_the_partner_after_an_interruption(text: str, issuer: str,
                                           want: list[tuple[str, list[str]]]) -> None:
    assert _contacts(text, issuer) == want


@pytest.mark.parametrize(("text", "issuer"), [
    # a clause between commas, and "with" bringing no partner
    ("Within the scope of the meeting, the two delegations reviewed the agenda, with "
     "attention to trade.", "SWE"),
    # a call for something, not a contact
    ("The Minister had a call for proposals published with the Ministry of Finance.", "SWE"),
])
def test_no_contact_without_a_partner(text: str, issuer: str) -> None:
    assert _contacts(text, issuer) == []


def test_a_meeting_by_video_stays_a_call() -> None:
    text = ("The Foreign Minister held a virtual meeting yesterday with the Foreign "
            "Minister of Guyana.")
    assert _contacts(text, "SUR") == [("call", ["GUY"])]
