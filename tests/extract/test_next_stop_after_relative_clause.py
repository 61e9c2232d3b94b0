"""A list of the places of one trip broken by a relative clause about the first place
("I visited Chile, which has a new government, as well as Lima in Peru", "went to
Kenya, whose president took office in May, and also to Ghana"): the clause says
something about the first place, and the place after it, joined by "and" or "as well
as", is the trip's next stop (sentences of our own). A place named inside the clause
is no stop, nor is a place after the clause that opens a clause of its own."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Lisbon, 20 December 2025\n\n"


def _visits(text: str) -> list[tuple]:
    return records(_HEAD + text, "PRT", {"visit"}, date="2025")


@pytest.mark.parametrize("text", [
    "I visited Chile, which has a new government, as well as Lima in Peru, where the "
    "ministerial forum was held.",
    "I went to Chile, whose new president took office in March, as well as to Peru.",
    "She visited Chile, where she held talks on trade, as well as Peru, where the summit "
    "was held.",
    "We visited Chile, which is our largest partner in the region, and also Peru.",
    "The Minister travelled to Chile, where she opened a new embassy, and then to Peru.",
    "Later I visited Chile, which borders Bolivia, and Peru.",
])
def test_the_place_after_the_clause_is_the_next_stop(text: str) -> None:
    assert _visits(text) == [("visit", ("PRT",), ("CHL",), "2025-12-20"),
                             ("visit", ("PRT",), ("PER",), "2025-12-20")]


@pytest.mark.parametrize("text", [
    "I visited Chile, which has close ties with Peru and Bolivia.",
    "I visited Chile, which signed a treaty with Peru, and Argentina welcomed the move.",
    "I visited Chile, where I met the envoys of Peru, Ecuador, and Bolivia.",
])
def test_a_place_in_the_clause_or_with_a_verb_is_no_stop(text: str) -> None:
    assert _visits(text) == [("visit", ("PRT",), ("CHL",), "2025-12-20")]
