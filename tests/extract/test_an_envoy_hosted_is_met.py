"""An envoy hosted by an official ("The Minister hosted the British High Commissioner",
"hosted on Thursday the Ambassador of Japan, who was on a courtesy call"): a meeting
with the envoy's country, as a minister or a president hosted was; what is hosted for
an envoy's name ("the Ambassador's reception") and "hosted by the Ambassador" name no
guest of the issuer (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return [(r.to, r.date.start)
            for r in extract_text(text, issuer="UGA", date="2025-08-08").records
            if r.type == "meeting"]


@pytest.mark.parametrize(("text", "to", "day"), [
    ("The Minister hosted the British High Commissioner on Thursday.", "GBR", "2025-08-07"),
    ("On Thursday the Minister hosted the British High Commissioner, who was on a courtesy "
     "call.", "GBR", "2025-08-07"),
    ("The Minister hosted the Ambassador of Japan on Thursday.", "JPN", "2025-08-07"),
    ("The Permanent Secretary hosted on Thursday the Chargé d'Affaires of Ethiopia, Mr Abebe "
     "Tadesse.", "ETH", "2025-08-07"),
    ("Yesterday the Vice President hosted the new Special Envoy of Norway at her office.",
     "NOR", "2025-08-07"),
])
def test_the_envoy_hosted_is_met(text, to, day):
    assert _meetings(text) == [([to], day)]


@pytest.mark.parametrize("text", [
    "The Embassy hosted the Ambassador's reception on Thursday.",
    "A reception was hosted by the Ambassador of Japan on Thursday.",
])
def test_no_guest_hosted(text):
    assert _meetings(text) == []
