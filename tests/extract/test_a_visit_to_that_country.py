"""A visit whose host is told by an anaphor, "to that country" or "to that nation":
the foreign country named just before (by its name or one of its cities), in the
sentence before, is the host ("A consulate will open in Osaka. It was
the first visit of a Peruvian Foreign Minister to that country"). "To the country"
still reads as the issuer's own land, and with no foreign country told before the
anaphor names no host (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Lima, 4 May 2025\n\n"


def _visits(text: str) -> list[tuple]:
    return records(_HEAD + text, "PER", {"visit"})


@pytest.mark.parametrize("text", [
    "A Peruvian consulate will soon open in Osaka, the main outcome of the trip, aides "
    "said. It was the first visit of a Peruvian Foreign Minister to that country.",
    "Peru and Japan signed a memorandum on fisheries. It was the first visit by a "
    "Peruvian foreign minister to that country in twenty years.",
    "Trade with Japan was the focus of the mission. This was the first visit of a head "
    "of Peruvian diplomacy to that nation since 2004.",
    "Foreign Minister Ana Ruiz thanked Japan for its aid. Her stay was the first visit "
    "of a Peruvian Foreign Minister to that country.",
    "Minister Ana Ruiz thanked Japan for its support. Hers is the first official visit "
    "of a Peruvian Foreign Minister to that country.",
])
def test_that_country_is_the_one_told_before(text: str) -> None:
    assert _visits(text) == [("visit", ("PER",), ("JPN",), "2025-05-04")]


def test_the_country_is_still_our_own() -> None:
    text = ("Peru and Japan signed a memorandum on fisheries. It was the first visit of a "
            "Japanese minister to the country.")
    assert _visits(text) == [("visit", ("JPN",), ("PER",), "2025-05-04")]


def test_no_foreign_country_before_names_no_host() -> None:
    text = ("The Minister spoke of trade and fisheries. It was the first visit of a "
            "Peruvian Foreign Minister to that country.")
    assert _visits(text) == []
