"""Talks, a meeting or consultations with someone named as an item "on the agenda" (of
the day, of the visit) in the past ("Chief among the items on the agenda were
consultations with A", "On the agenda of the visit were talks with President B") were
held: the visit's programme told after it. Items of the talks' own agenda, an agenda
still ahead ("is"), a signing, or talks with no one named stay none (sentences of our
own)."""

from __future__ import annotations

import pytest

from .probe_support import CORE, event, probe, records

_CASES = [
    probe(("Chief among the items on the agenda were political consultations with "
           "Juan Lopez, State Secretary of Spain.", "POL"),
          (event("consultation", "POL", "ESP", "2021-11-06"),)),
    probe(("On the agenda of the visit were talks with President Ana Soto of Chile.", "ARG"),
          (event("meeting", "ARG", "CHL", "2021-11-06"),)),
    probe(("On her agenda was also a meeting with the Foreign Minister of Peru.", "ECU"),
          (event("meeting", "ECU", "PER", "2021-11-06"),)),
    probe(("The first item on the agenda were political consultations with the Foreign "
           "Ministry of Latvia.", "EST"), (event("consultation", "EST", "LVA", "2021-11-06"),)),
    # the talks' own agenda; an agenda ahead; a signing; no one named
    probe(("On the agenda of the talks was a meeting with the Foreign Minister of Peru.",
           "ECU"), ()),
    probe(("On the agenda is a meeting with the Foreign Minister of Peru.", "ECU"), ()),
    probe(("Chief among the items on the agenda was the signing of an accord with Peru.", "ECU"),
          ()),
    probe(("Also on the agenda were talks with business leaders.", "ECU"), ()),
]


@pytest.mark.parametrize("text,issuer,expected", _CASES)
def test_talks_with_someone_as_an_agenda_item_held(text: str, issuer: str,
                                                   expected: list[tuple]) -> None:
    assert records(text, issuer, CORE, date="2021-11-06") == expected
