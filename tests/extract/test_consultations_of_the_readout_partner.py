"""Consultations a readout tells without naming the partner's country in the
sentence ("State Secretary A and Deputy Minister B held political consultations in
Oslo"): with the partner the readout is about; a review, or consultations named as
a plan, take none (sentences of our own)."""

from __future__ import annotations

import pytest

TITLE = "Political consultations with Kenya\n\n"


@pytest.mark.parametrize("text", [
    "State Secretary Eva Lund and Principal Secretary John Mwangi held political "
    "consultations in Oslo on Tuesday.",
    "Political consultations were held in Oslo on Tuesday at the level of deputy ministers.",
    "On Tuesday in Oslo, the deputy ministers held the fourth round of political "
    "consultations.",
])
def test_consultations_in_a_readout_are_with_its_partner(ex, text):
    recs = ex(TITLE + text, issuer="NOR", date="2025-03-12", types={"consultation"})
    assert recs == [("consultation", ("NOR",), ("KEN",), "2025-03-11")]


@pytest.mark.parametrize("text", [
    "The two ministries agreed to hold political consultations next year.",
    "A memorandum on political consultations is being prepared.",
])
def test_consultations_planned_or_as_a_topic_take_no_partner(ex, text):
    assert ex(TITLE + text, issuer="NOR", date="2025-03-12", types={"consultation"}) == []


def test_consultations_in_a_review_without_a_partner_take_none(ex):
    text = ("Review of 2024\n\nIn March the Minister visited Kenya. Political consultations "
            "were held in Oslo in May at the level of deputy ministers.")
    recs = ex(text, issuer="NOR", date="2024", types={"consultation"})
    assert recs == []
