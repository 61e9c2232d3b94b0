"""A trip told with the session it was for, right after its place ("travelled to
Abidjan for the ECOWAS Council of Ministers", "was in New York for the Security
Council debate"): the visit and taking part in that session; a "for the ..." that
follows no trip is none (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _kinds(text: str) -> list[tuple[str, tuple[str, ...]]]:
    recs = extract_text(text, issuer="GHA", date="2024-06-07").records
    return [(r.type, tuple(r.organizations or r.to)) for r in recs
            if r.type in ("visit", "multilateral")]


@pytest.mark.parametrize(("text", "host", "org"), [
    ("On 6 June the Minister travelled to Abidjan for the ECOWAS Council of Ministers.",
     "CIV", "ECOWAS"),
    ("On 6 June the Minister was in New York for the UN Security Council debate on Sudan.",
     "USA", "UNSC"),
    ("The Minister was in Addis Ababa on 6 June for the African Union Executive Council.",
     "ETH", "AU"),
])
def test_a_trip_for_a_session_is_taking_part_in_it(text: str, host: str, org: str) -> None:
    got = _kinds(text)
    assert ("visit", (host,)) in got
    assert ("multilateral", (org,)) in got


@pytest.mark.parametrize("text", [
    "On 6 June the Minister thanked Kenya for the support given at the AU Summit.",
    "On 6 June the Minister prepared for the ECOWAS Council of Ministers.",
])
def test_for_a_session_after_no_trip_is_none(text: str) -> None:
    assert not any(k[0] == "multilateral" for k in _kinds(text))
