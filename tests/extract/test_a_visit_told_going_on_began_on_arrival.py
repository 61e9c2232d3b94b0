"""A visit told as going on ("continues today her three-day official visit to
Portugal") began on the arrival told next ("arrived in Lisbon yesterday"); a stay
counted in days ends that many days on. A visit told as started today keeps its day
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str):
    recs = extract_text("date 2017-06-22 " + text, issuer="PER", date="2017-06-22").records
    return sorted((tuple(r.to), r.date.start, r.date.end) for r in recs if r.type == "visit")


@pytest.mark.parametrize("text, end", [
    ("Peruvian Foreign Minister, Ana Flores, continues today her three-day official visit "
     "to Portugal, during which she will see the Speaker.\n\nThe minister arrived in this "
     "capital yesterday and held talks with her Portuguese peer.", "2017-06-23"),
    ("Peruvian Foreign Minister Ana Flores is continuing today her official visit to "
     "Portugal. She arrived in Lisbon yesterday and was received by the President.", None),
    ("Today the Peruvian Foreign Minister continues her working visit to Portugal. The "
     "minister had landed in Lisbon on Wednesday evening.", None),
    ("The Peruvian Foreign Minister continues her 3-day visit to Portugal today with a "
     "visit to Porto. She arrived in the country yesterday.", "2017-06-23"),
])
def test_a_visit_going_on_runs_from_its_arrival(text, end):
    assert _visits(text) == [(("PRT",), "2017-06-21", end)]


def test_a_visit_started_today_keeps_its_day():
    text = ("Peruvian Foreign Minister Ana Flores today started her official visit to "
            "Portugal. The programme includes talks in Lisbon.")
    assert _visits(text) == [(("PRT",), "2017-06-22", None)]


@pytest.mark.parametrize("text", [
    "Peruvian Foreign Minister Ana Flores today continues her official visit to Portugal, "
    "which began on Tuesday.",
    "The Peruvian Foreign Minister is continuing her working visit to Portugal, which "
    "started on 20 June, with talks in Porto.",
    "Today the Foreign Minister of Peru continues her visit to Portugal, which opened on "
    "Tuesday in Lisbon.",
    "Ana Flores, the Peruvian Foreign Minister, continues today her visit to Portugal, "
    "which had begun on Tuesday.",
])
def test_a_visit_going_on_runs_from_the_day_its_clause_says_it_began(text):
    assert _visits(text) == [(("PRT",), "2017-06-20", None)]
