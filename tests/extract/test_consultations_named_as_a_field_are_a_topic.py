"""Consultations named among the fields that documents or cooperation cover ("the
memoranda are in the fields of political consultations, culture and sport",
"cooperation in fields such as trade and consular consultations") are a topic, not
a round held; a sentence opened by a field ("In the area of security, consultations
were held ...") still tells the round it names (texts of our own)."""

from __future__ import annotations

import pytest

_SIGNED = "Chile and Peru signed four memoranda of understanding in Lima on 3 May 2022. "


@pytest.mark.parametrize("text", [
    _SIGNED + "The memoranda are in the fields of political consultations, culture and sport.",
    _SIGNED + "The documents concern the areas of consular consultations and road transport.",
    _SIGNED + "Cooperation will grow in fields such as trade, tourism and consular "
              "consultations.",
    _SIGNED + "The Minister said the four memoranda fall in the areas of fisheries, higher "
              "learning and bilateral consultations.",
])
def test_consultations_in_a_list_of_fields_are_no_round(ex, text):
    assert ex(text, issuer="CHL", date="2022", types=["consultation"]) == []


@pytest.mark.parametrize("text", [
    "In the area of security, political consultations between Chile and Peru were held in "
    "Lima on 3 May 2022.",
    "In the field of security, Chile and Peru held political consultations in Lima on "
    "3 May 2022.",
    "Chile and Peru held consultations on the areas of cooperation in Lima on 3 May 2022.",
])
def test_a_round_held_is_still_told(ex, text):
    assert ex(text, issuer="CHL", date="2022", types=["consultation"]) == [
        ("consultation", ("CHL",), ("PER",), "2022-05-03")]


def test_a_session_after_a_field_opener_is_still_told(ex):
    text = ("In the field of bilateral cooperation, the 2nd session of the Chile-Peru Joint "
            "Commission took place in Lima from 3 to 5 May.")
    assert ex(text, issuer="CHL", date="2022", types=["commission"]) == [
        ("commission", ("CHL",), ("PER",), "2022-05-03")]
