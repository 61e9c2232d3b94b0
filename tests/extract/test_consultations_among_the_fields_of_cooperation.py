"""Consultations named among the fields a cooperation covers, listed straight after
it ("discussed cooperation in trade, investment, political consultations and
culture") are a topic, not a round held (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize("text", [
    "The Minister met her Polish counterpart on 1 March; they discussed cooperation in "
    "trade, investment, political consultations and culture.",
    "The ministers reviewed collaboration in energy, security, consular consultations and "
    "tourism.",
    "On Friday the two sides assessed ties in health, education, political consultations "
    "and sport.",
    "The Minister and the Ambassador of Chile discussed partnership in mining, agriculture "
    "and regular consultations.",
])
def test_consultations_in_a_list_of_fields_are_a_topic(ex, text):
    assert ex(text, issuer="GHA", date=_DAY, types=["consultation"]) == []


def test_consultations_held_after_a_field_are_held(ex):
    text = ("In the field of security cooperation, political consultations were held with "
            "Chile on 1 March.")
    assert [g[2] for g in ex(text, issuer="GHA", date=_DAY, types=["consultation"])] == [
        ("CHL",)]
