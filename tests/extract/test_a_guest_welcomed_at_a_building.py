"""A guest welcomed with the place told between the verb and the guest, the place a
building by its name, its initials or its kind, and set off by commas or not
("welcomed at the Ministry the Kenyan Foreign Minister", "welcomed, at MFA, the
Minister of Peru") is met; not a guest's words or decision, nor the guest welcomed
at the airport by a host (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "partner"), [
    ("The Foreign Minister, Anna Berg, welcomed at the ministry, the Kenyan Foreign "
     "Minister, Musalia Mudavadi.", "KEN"),
    ("The Foreign Minister welcomed at the Foreign Ministry the Chilean Minister of "
     "Foreign Affairs, Alberto van Klaveren.", "CHL"),
    ("The Secretary of State, Jonas Lind, welcomed, at MFA, the Peruvian Foreign Affairs "
     "Minister, Elmer Schialer.", "PER"),
    ("The Minister welcomed at the Palace of Nations his Norwegian counterpart.", "NOR"),
    ("In May, the Minister welcomed to Port of Spain a delegation of the Kenyan Ministry "
     "of Foreign Affairs.", "KEN"),
])
def test_a_guest_welcomed_at_a_place_is_met(ex, text, partner):
    got = ex(text, issuer="MLT", date="2023", types=["meeting"])
    assert [g[2] for g in got] == [(partner,)]


@pytest.mark.parametrize("text", [
    "The Minister welcomed at the meeting the Kenyan Minister's proposal on fisheries.",
    "The Foreign Minister welcomed at the conference the results achieved by the ministers.",
    "On arrival in Lima, the Minister was welcomed at the international airport by his "
    "Peruvian counterpart.",
])
def test_what_is_welcomed_or_a_welcome_by_a_host_is_no_meeting_of_ours(ex, text):
    assert ex(text, issuer="MLT", date="2023", types=["meeting"]) == []
