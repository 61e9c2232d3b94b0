"""A lead lists the peers met ("met her counterparts from Chile and Peru"), then a
sentence names each of them again, with no day of its own ("She met separately with
Chile's A and Peru's B"): the same meetings told in detail, not one more with each. A
sentence that adds a side the lead did not list, says "again" or gives a day of its own,
or names another office (presidents), still tells meetings of its own (our sentences)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records

_TWO = [event("meeting", "BEL", "CHL", "2022"), event("meeting", "BEL", "PER", "2022")]


@pytest.mark.parametrize("text", [
    "Foreign Minister Ada Brun met her counterparts from Chile and Peru. Brun met "
    "separately with Chile's Tomas Vidal and Peru's Rosa Quispe.",
    "Foreign Minister Ada Brun met her counterparts from Chile and Peru. The meetings took "
    "place at the sidelines of the summit. Brun met separately with Peru’s Rosa Quispe "
    "and Chile’s Tomas Vidal.",
    "Foreign Minister Ada Brun held talks with her counterparts from Peru and Chile in "
    "Geneva. She met with Chile's Tomas Vidal and Peru's Rosa Quispe to review trade.",
    "Minister Ada Brun met the foreign ministers of Chile and Peru in Geneva. Brun held "
    "separate talks with Chile's Tomas Vidal and with Peru's Rosa Quispe.",
])
def test_the_list_named_again_is_the_same_meetings(text):
    assert records(text, "BEL", {"meeting"}, date="2022") == _TWO


def test_again_with_a_day_of_its_own_is_more_meetings():
    text = ("Foreign Minister Ada Brun met her counterparts from Chile and Peru on 5 May. "
            "Brun met again with Chile's Tomas Vidal and Peru's Rosa Quispe on 9 May.")
    assert len(records(text, "BEL", {"meeting"}, date="2022")) == 4


def test_a_side_not_listed_is_no_retelling():
    text = ("Foreign Minister Ada Brun met her counterparts from Chile and Peru. She "
            "also met the foreign ministers of Peru and Ecuador.")
    recs = records(text, "BEL", {"meeting"}, date="2022")
    assert event("meeting", "BEL", "ECU", "2022") in recs and len(recs) == 4
