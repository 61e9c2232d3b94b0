"""Agreements told without "the Minister signed ... with X": a document the two sides
adopted together (a joint declaration, a vision document, a roadmap), and a signing in
the first person whose sentence names only our own country (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Prime Minister held talks with the President of Kenya on 4 May. The two leaders "
    "adopted a joint declaration on strategic partnership.",
    "On 4 May the Prime Minister paid an official visit to Kenya. The two leaders met in "
    "Nairobi and adopted a Vision Document for an Enhanced Partnership.",
    "On 4 May the Foreign Minister met his Kenyan counterpart in Nairobi and adopted a "
    "roadmap for cooperation in agriculture.",
    "The Foreign Minister hosted her Kenyan counterpart on 4 May. Both ministers adopted "
    "an action plan on trade for the coming three years.",
])
def test_a_document_the_two_sides_adopted_is_an_agreement(ex, text):
    got = ex(text, date="2024-05-10", types=["agreement", "resolution"])
    assert got == [("agreement", ("GEO",), ("KEN",), "2024-05-04")]


@pytest.mark.parametrize("text", [
    "The Prime Minister held talks with the President of Kenya on 4 May. The UN General "
    "Assembly adopted a declaration on oceans the same week.",
    "On 4 May the Foreign Minister met his Kenyan counterpart. The ministers of the "
    "region adopted a joint communiqué at the end of the summit.",
])
def test_a_document_a_body_adopted_is_no_agreement(ex, text):
    assert ex(text, date="2024-05-10", types=["agreement"]) == []


@pytest.mark.parametrize("text", [
    "I also met the Foreign Minister of Armenia on 4 May. Together we signed an agreement "
    "under which Georgia will train Armenian customs officers.",
    "On 4 May I held talks with my Armenian counterpart. We then signed a memorandum "
    "under which Georgia opens two border posts.",
    "I met the Armenian Prime Minister on 4 May, and together we signed a protocol that "
    "lets Georgia and its neighbour share rail data.",
])
def test_a_first_person_signing_naming_only_us_is_with_the_partner_met(ex, text):
    got = ex(text, date="2024-05-10", types=["agreement"])
    assert got == [("agreement", ("GEO",), ("ARM",), "2024-05-04")]


def test_a_decree_naming_only_us_signed_by_our_minister_is_no_agreement(ex):
    text = ("I met the Foreign Minister of Armenia on 4 May. Later the Minister of Finance "
            "signed a decree on Georgia's budget.")
    assert ex(text, date="2024-05-10", types=["agreement"]) == []
