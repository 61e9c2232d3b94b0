"""A country's delegation to a session told as led or headed by someone, in the
passive ("Kenya's delegation to the IGAD Council of Ministers on 9 April was led by
the Cabinet Secretary", "The delegation of Ghana to the ECOWAS summit was headed by"):
the country took part in the session; a delegation to talks with one state, or one
that will be led, is no session taken part in (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _sessions(text: str, issuer: str) -> list[tuple[str | None, list[str]]]:
    recs = extract_text(text, issuer=issuer, date="2024").records
    return [(r.date.start, list(r.organizations)) for r in recs
            if r.type == "multilateral" and not r.optional]


@pytest.mark.parametrize(("text", "issuer", "org"), [
    ("Nairobi, 10 April 2024. Kenya's delegation to the IGAD Council of Ministers on "
     "9 April was led by the Cabinet Secretary.", "KEN", "IGAD"),
    ("Nairobi, 10 April 2024. The Kenyan delegation to the 44th Ordinary Session of the "
     "AU Executive Council was headed by the Principal Secretary on 9 April.", "KEN", "AU"),
    ("Accra, 10 April 2024. The delegation of Ghana to the ECOWAS summit in Abuja was "
     "led by the Vice President on 9 April.", "GHA", "ECOWAS"),
    ("Accra, 10 April 2024. On 9 April Ghana's delegation at the Council of Ministers of "
     "the African Union was headed by the Deputy Minister.", "GHA", "AU"),
])
def test_a_delegation_led_in_the_passive(text: str, issuer: str, org: str) -> None:
    assert ("2024-04-09", [org]) in _sessions(text, issuer)


@pytest.mark.parametrize("text", [
    "Accra, 10 April 2024. Ghana's delegation to the talks with Togo was led by the "
    "Minister on 9 April.",
    "Accra, 10 April 2024. Ghana's delegation to the AU summit will be led by the "
    "President.",
])
def test_no_session(text: str) -> None:
    assert _sessions(text, "GHA") == []
