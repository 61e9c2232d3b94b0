"""A signing named after "since" with its two parties and its year ("Since the
signing of the Maritime Accord between Chile and Peru in 2019, ...") is that
signing, dated to its year; after "since" with no year or no parties it is
only a landmark the sentence counts from (sentences of our own)."""

from __future__ import annotations

import pytest

_HEAD = "Santiago, 5 May 2023\n\n"


@pytest.mark.parametrize(("text", "to", "year"), [
    ("Since the signing of the Maritime Accord between Chile and Peru in 2019 by President "
     "Ana Diaz and her Peruvian counterpart, there has been progress.", ("PER",), "2019"),
    ("Trade has doubled since the signing of the free trade agreement between Chile and "
     "Japan in 2015.", ("JPN",), "2015"),
    ("Much has changed since the signing of a memorandum on mining between Chile and the "
     "Republic of Bolivia in 2011.", ("BOL",), "2011"),
])
def test_a_dated_signing_after_since_is_an_agreement(ex, text, to, year):
    assert ex(_HEAD + text, issuer="CHL", date="2023", types=["agreement"]) == [
        ("agreement", ("CHL",), to, year)]


@pytest.mark.parametrize("text", [
    "Since the signing of the free trade agreement with Japan, trade has doubled.",
    "The ministers marked thirty years since the signing of the Santiago Treaty.",
])
def test_a_signing_after_since_without_year_or_parties_is_none(ex, text):
    assert ex(_HEAD + text, issuer="CHL", date="2023", types=["agreement"]) == []
