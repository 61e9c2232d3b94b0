"""The Sovereign Military Order of Malta ("the Order of Malta") is an entity of
its own, not the Republic of Malta: its Grand Master met is a meeting with the
Order (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    recs = extract_text(text, issuer="GHA", date="2025-11-14").records
    return [(tuple(r.to), tuple(r.organizations)) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize("text", [
    "The President was received in audience by the Order of Malta's Grand Master "
    "on Monday.",
    "On Monday the Foreign Minister met the Grand Chancellor of the Sovereign Military "
    "Order of Malta in Accra.",
])
def test_the_order_is_met(text: str) -> None:
    assert _met(text) == [((), ("SMOM",))]


def test_the_republic_of_malta_is_a_country() -> None:
    assert _met("The President held talks with the Prime Minister of Malta on Monday.") \
        == [(("MLT",), ())]
