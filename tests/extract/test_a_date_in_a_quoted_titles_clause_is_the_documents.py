"""A document named by its quoted title and then told when it was made ("... the
'Memorandum on Annual Talks' which was signed between Peru and Chile in May 2022")
dates the document only: the sentence's other event keeps the text's day (sentences
of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The first round of political consultations took place in Lima, as foreseen in the "
    "‘Memorandum on Annual Talks’ which was signed between Peru and Chile in May 2022.",
    "Political consultations between Peru and Chile were held under the “Protocol on "
    "Regular Dialogue” that was concluded in May 2022.",
    "The two ministries held political consultations, as set out in the \"Agreement on "
    "Dialogue\" which had been signed by Peru and Chile in May 2022.",
])
def test_the_consultations_keep_the_texts_day(ex, text):
    got = ex("Lima, 14 November 2023\n\n" + text, issuer="PER", date="2023-11-14",
             types=["consultation"])
    assert got == [("consultation", ("PER",), ("CHL",), "2023-11-14")]


def test_the_document_keeps_its_own_month(ex):
    text = ("Lima, 14 November 2023\n\nPolitical consultations took place today under "
            "the ‘Memorandum on Annual Talks’ which was signed between Peru and Chile in "
            "May 2022.")
    got = ex(text, issuer="PER", date="2023-11-14", types=["agreement"])
    assert got == [("agreement", ("PER",), ("CHL",), "2022-05")]


def test_a_quoted_title_then_a_verb_with_its_object_is_no_clause(ex):
    # the quote closes a name the subject said; "signed" with an object is the event
    text = ("Lima, 14 November 2023\n\nAfter calling the talks ‘a new start’ the ministers "
            "signed a memorandum with Chile on 10 November 2023.")
    got = ex(text, issuer="PER", date="2023-11-14", types=["agreement"])
    assert got == [("agreement", ("PER",), ("CHL",), "2023-11-10")]
