"""A passive signing whose subject names the partners in a list set off by commas
("Two trade agreements with old friends of ours, Chile and Peru, were concluded"): the
partners named after the comma are the sides of the agreements, one each (sentences
of our own). The issuer named in the phrase ("friends of Portugal") is no partner; a
passive signing with no partner named gives no agreement with anyone."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Lisbon, 20 December 2025\n\n"


def _agreements(text: str) -> list[tuple]:
    return records(_HEAD + text, "PRT", {"agreement"}, date="2025")


@pytest.mark.parametrize("text", [
    "Two important trade agreements with old friends of Portugal, Chile and Peru were "
    "concluded.",
    "Two trade agreements with old friends of Portugal, Chile and Peru, were concluded.",
    "Two trade agreements with our old friends, Chile and Peru were concluded.",
    "New fisheries treaties with two close partners, Chile and Peru, were "
    "concluded.",
    "Investment agreements with our neighbours in the region, Chile and Peru, have been "
    "concluded.",
])
def test_each_partner_listed_is_a_side(text: str) -> None:
    assert _agreements(text) == [("agreement", ("PRT",), ("CHL",), "2025-12-20"),
                                 ("agreement", ("PRT",), ("PER",), "2025-12-20")]


def test_no_partner_named_no_agreement() -> None:
    assert _agreements("Two trade agreements, long in preparation, were concluded.") == []
