"""A guest welcomed by a title after a country's possessive ("welcomed Ghana's
Foreign Minister to Ljubljana", "welcomed Chile's President on 3 May"): a meeting
with that country, and the guest's visit where a place is told (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _kinds(text: str, issuer: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    recs = extract_text(text, issuer=issuer, date="2024-06-07").records
    return {(r.type, tuple(r.from_), tuple(r.to)) for r in recs}


@pytest.mark.parametrize(("issuer", "text", "guest"), [
    ("SVN", "The Minister welcomed Ghana's Foreign Minister to Ljubljana on 5 June.", "GHA"),
    ("SVN", "On 5 June, Minister Fajon welcomed Peru's Minister of Foreign Affairs in "
     "Ljubljana for talks on trade.", "PER"),
    ("AUT", "Federal Minister Meinl-Reisinger welcomed Norway's Prime Minister to Vienna "
     "on 5 June.", "NOR"),
])
def test_a_guest_welcomed_by_possessive_is_met_and_visits(issuer: str, text: str,
                                                          guest: str) -> None:
    got = _kinds(text, issuer)
    assert ("meeting", (issuer,), (guest,)) in got
    assert ("visit", (guest,), (issuer,)) in got


@pytest.mark.parametrize(("issuer", "text", "guest"), [
    ("SVN", "The Minister welcomed Ghana's Foreign Minister on 5 June.", "GHA"),
    ("SVN", "On 5 June the State Secretary welcomed Chile's Deputy Foreign Minister.", "CHL"),
])
def test_a_guest_welcomed_by_possessive_on_a_day_is_met(issuer: str, text: str,
                                                        guest: str) -> None:
    assert ("meeting", (issuer,), (guest,)) in _kinds(text, issuer)


@pytest.mark.parametrize(("issuer", "text"), [
    ("SVN", "The Minister welcomed Ghana's Foreign Minister's proposal on 5 June."),
    ("SVN", "On 5 June the Minister welcomed Chile's decision to open an embassy."),
])
def test_welcoming_what_a_country_did_is_no_meeting(issuer: str, text: str) -> None:
    assert not any(k[0] in ("meeting", "visit") for k in _kinds(text, issuer))
