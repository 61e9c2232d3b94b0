"""An envoy welcomed, named by the country's possessive ("welcomed Japan's new
Ambassador") or after the building welcomed to ("welcomed to the Ministry the
Ambassador of Spain"): a meeting with the envoy's country (not the envoy's remarks)
(sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize(("text", "partner", "day"), [
    ("The Minister welcomed Japan's new Ambassador on 1 March.", "JPN", "2024-03-01"),
    ("On Friday the President welcomed Brazil's outgoing Ambassador.", "BRA", "2024-03-01"),
    ("The Minister today welcomed to the Ministry the Ambassador of Spain.", "ESP",
     "2024-03-03"),
    ("The Minister welcomed, at the Ministry, the High Commissioner of India on 2 March.",
     "IND", "2024-03-02"),
])
def test_the_envoy_welcomed_is_met(ex, text, partner, day):
    assert ex(text, issuer="GHA", date=_DAY, types=["meeting"]) == [
        ("meeting", ("GHA",), (partner,), day)]


@pytest.mark.parametrize("text", [
    "The Minister welcomed Japan's new Ambassador's remarks on trade.",
    "The Minister welcomed Japan's decision to appoint a new Ambassador.",
])
def test_what_an_envoy_said_or_decided_is_no_meeting(ex, text):
    assert ex(text, issuer="GHA", date=_DAY, types=["meeting"]) == []
