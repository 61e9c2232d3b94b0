"""A count of past occasions is a figure, not one occasion; an ordinal names
one (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Georgia and Peru have held 9 rounds of political consultations since 2001.",
    "The two ministries have held nine sessions of the Joint Commission with Peru so far.",
    "Several rounds of consultations with Peru have taken place over the years.",
])
def test_a_count_of_consultations_or_sessions_is_no_new_one(ex, text):
    assert ex(text, types=["consultation", "commission"]) == []


def test_the_count_stays_a_figure(ex):
    got = ex("Georgia and Peru have held 9 rounds of political consultations since 2001.",
             types=["figure"])
    assert len(got) == 1


@pytest.mark.parametrize("text", [
    "The 9th round of political consultations between Georgia and Peru was held in Lima.",
    "The ministries of Georgia and Peru held the ninth round of political consultations.",
])
def test_an_ordinal_round_is_one_occasion(ex, text):
    assert [g[2] for g in ex(text, types=["consultation"])] == [("PER",)]


@pytest.mark.parametrize("text", [
    "On 5 May the Minister held talks with the Foreign Minister of Peru. In the presence of "
    "the two ministers, three memoranda of understanding were exchanged.",
    "On 5 May the Minister held talks with the Foreign Minister of Peru. An agreement on "
    "air services with Peru was concluded.",
])
def test_documents_signed_or_exchanged_as_the_subject_are_an_agreement(ex, text):
    assert ex(text, types=["agreement"]) == [("agreement", ("GEO",), ("PER",), "2023-05-05")]


def test_the_number_of_documents_exchanged_is_the_agreements_quantity():
    from communique.extract import extract_text

    res = extract_text("On 5 May the Minister held talks with the Foreign Minister of Peru. "
                       "In the presence of the two ministers, three memoranda of understanding "
                       "were exchanged.", issuer="GEO", date="2023")
    deal = next(r for r in res.records if r.type == "agreement")
    assert deal.quantity is not None and deal.quantity.value == 3
