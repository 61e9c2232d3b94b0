"""An official who "touched down" in a city is on a visit; a plane, a flight or a
consignment of goods that arrives or lands carries no visitor."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[str]:
    res = extract_text(text, issuer="ZMB", date="2024-05-14")
    return [r.to[0] for r in res.records if r.type == "visit"]


@pytest.mark.parametrize(("text", "to"), [
    ("The Minister touched down in Nairobi ahead of the talks.", ["KEN"]),
    ("The Minister touched down at Entebbe on Monday evening for the talks.", ["UGA"]),
    ("Foreign Minister Haimbe has touched down in Windhoek for a two-day visit.", ["NAM"]),
    ("The Minister arrived in Nairobi on a special flight on Monday.", ["KEN"]),
])
def test_an_official_who_touched_down_is_on_a_visit(text: str, to: list[str]) -> None:
    assert _visits(text) == to


@pytest.mark.parametrize("text", [
    "The aircraft touched down in Nairobi with aid.",
    "A plane carrying humanitarian aid arrived in Nairobi on Monday.",
    "The first consignment of vaccines donated by Japan arrived in Lusaka.",
    "A second flight with relief supplies landed in Lilongwe on Tuesday.",
    "The talks touched on security in the Great Lakes.",
])
def test_goods_and_their_carriers_are_no_visitors(text: str) -> None:
    assert _visits(text) == []
