"""A numbered session of a standing political (or policy) dialogue ("held the 9th
Political Dialogue", "the fourth political dialogue between A and B took place") is
a consultation, with a country or with an organisation such as the EU; a political
dialogue with no number is a topic, no event (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "Maseru, 5 October 2022 - "


@pytest.mark.parametrize("text, to", [
    ("The Government of Lesotho and the European Union held the 9th Political Dialogue "
     "in Maseru on 3 October 2022.", ()),
    ("On 3 October 2022 the fourth political dialogue between Lesotho and Brazil took "
     "place in Maseru.", ("BRA",)),
    ("Lesotho and Brazil convened their twelfth Political Dialogue at the ministry on "
     "3 October 2022.", ("BRA",)),
])
def test_a_numbered_political_dialogue_is_one_consultation(ex, text, to):
    got = ex(_LEAD + text, issuer="LSO", date="2022-10-05")
    assert [g[:3] for g in got] == [("consultation", ("LSO",), to)]
    assert got[0][3] == "2022-10-03"


@pytest.mark.parametrize("text", [
    "The two ministers agreed to deepen political dialogue with Brazil.",
    "Lesotho values its regular political dialogue with the European Union.",
])
def test_a_political_dialogue_with_no_number_is_no_event(ex, text):
    assert ex(_LEAD + text, issuer="LSO", date="2022-10-05", types=["consultation"]) == []
