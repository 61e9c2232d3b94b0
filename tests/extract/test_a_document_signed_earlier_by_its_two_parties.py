"""A document told by its bare participle with its two signatories after "by"
("the accord signed two years ago by Chile and Peru") is that signing, an
agreement between those two, even when it was signed before the event reported
and whoever talks about it stands earlier in the sentence; a document recalled
with no signatories, or one whose signing is told with an auxiliary, keeps the
old reading (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "issuer", "to", "date"), [
    ("Objections raised by Minister Petrov against the Framework Accord signed two years ago "
     "by Chile and Peru were discussed.", "CHL", ("PER",), "2021"),
    ("The Fisheries Treaty signed three years ago by the Republic of Ghana and Togo has "
     "brought results.", "GHA", ("TGO",), "2020"),
    ("Oslo, 5 May 2023\n\nCritics in Berlin questioned the memorandum signed last year by "
     "Norway and the Kingdom of Denmark.", "NOR", ("DNK",), "2022"),
])
def test_a_past_signing_named_with_its_signatories_is_an_agreement(ex, text, issuer, to, date):
    assert ex(text, issuer=issuer, date="2023", types=["agreement"]) == [
        ("agreement", (issuer,), to, date)]


@pytest.mark.parametrize("text", [
    "The ministers recalled the treaty signed two years ago.",
    "Both sides called for the implementation of the agreements signed last year.",
])
def test_a_past_signing_recalled_without_signatories_is_none(ex, text):
    assert ex(text, issuer="CHL", date="2023", types=["agreement"]) == []
