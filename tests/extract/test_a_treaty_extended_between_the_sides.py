"""A treaty extended or renewed between the sides ("a five-year extension of the
Chilean-Peruvian Treaty on Fisheries", "Chile and Peru renewed their fisheries
agreement", "the accord between A and B was prolonged"): an agreement of the two; and
a pair of adjectives before a document's noun names its two parties (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _agreements(text: str, issuer: str = "CHL") -> list[tuple]:
    recs = extract_text(text, issuer=issuer, date="2021").records
    return sorted((tuple(r.from_), tuple(r.to), r.date.start) for r in recs
                  if r.type == "agreement")


@pytest.mark.parametrize(("text", "partner", "date"), [
    ("Among the year's results, the Ministry named a five-year extension of the "
     "Chilean-Peruvian Treaty on Fisheries.", "PER", "2021"),
    ("In March, Chile and Argentina renewed their agreement on scientific cooperation.",
     "ARG", "2021-03"),
    ("The memorandum on tourism between Chile and Bolivia was extended in June for three "
     "more years.", "BOL", "2021-06"),
    ("In May the Minister signed the Chilean-Uruguayan accord on pensions.", "URY",
     "2021-05"),
])
def test_the_two_sides_agreement(text: str, partner: str, date: str) -> None:
    assert _agreements(text) == [(("CHL",), (partner,), date)]


@pytest.mark.parametrize("text", [
    "Chile extended its support to the peace process in Colombia.",
    "In May the Minister extended an invitation to the Foreign Minister of Peru.",
    "The Minister welcomed the Armenian-Azerbaijani peace agreement.",
])
def test_no_treaty_of_ours_extended(text: str) -> None:
    assert _agreements(text) == []


def test_a_renewal_named_as_a_topic_of_talks_is_no_agreement() -> None:
    text = ("On 3 May the two Ministers reviewed the state of cooperation, in particular "
            "the renewal of the fishing protocol between Chile and Peru.")
    assert _agreements(text) == []
