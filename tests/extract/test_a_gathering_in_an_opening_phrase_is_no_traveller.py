"""An opening phrase of time naming a gathering ("Following the ASEAN Summit, the
Prime Minister travelled to Fiji"): the body named there is no traveller; the visit
is the issuer's official's (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="IND", date="2023-05-10").records
    return sorted((tuple(r.from_), tuple(r.to), tuple(r.organizations)) for r in recs
                  if r.type == "visit")


@pytest.mark.parametrize(("text", "host"), [
    ("Following the ASEAN Summit, the Prime Minister embarked on a tour to Fiji.", "FJI"),
    ("After the G20 summit in Bali, the President flew to Timor-Leste.", "TLS"),
    ("Ahead of the African Union Assembly, the Foreign Minister travelled to Kenya.", "KEN"),
    ("Shortly after the close of the NATO summit, PM Rao paid a visit to Norway.", "NOR"),
])
def test_the_visit_is_the_issuers(text: str, host: str) -> None:
    assert _visits(text) == [(("IND",), (host,), ())]


def test_a_bodys_official_after_the_opening_phrase_is_the_traveller() -> None:
    assert _visits("Following talks in Geneva, the WHO Director-General travelled to "
                   "Kenya.") == [((), ("KEN",), ("WHO",))]
