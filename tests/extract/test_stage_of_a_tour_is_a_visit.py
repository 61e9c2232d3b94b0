"""A stop of a tour told by its rank ("The last stage of the tour was Lima, where
...", "The final leg of the trip took the Minister to Quito on Friday", "The second
stage of the tour, in Santiago, was devoted to ...") and a stop opened by its day
and then its place ("On Tuesday, in Oslo, the Minister met ...") are visits of the
issuer's traveller to that stop's country (sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = "Warsaw, 10 May 2024\n\nThe Foreign Minister concluded a tour of the region today.\n\n"


@pytest.mark.parametrize(("text", "host"), [
    ("The last stage of the tour was Lima, where on Wednesday she held talks with the "
     "Foreign Minister of Peru.", "PER"),
    ("The second stage of the trip was Santiago, where the Minister met business leaders.",
     "CHL"),
    ("The final leg of the mission took Ms Nowak to Quito on Thursday and Friday.", "ECU"),
    ("The next leg of the journey took Minister Nowak to Montevideo.", "URY"),
    ("The last stage of the tour, in Asunción, was marked on Friday by the signing of a "
     "cooperation agreement.", "PRY"),
    ("The first stop of the visit, in Bogotá, was devoted to talks on trade.", "COL"),
    # the island of the Cook Islands' seat of government is named for the country's
    ("The last leg of the trip took Mr Nowak to Rarotonga on Friday.", "COK"),
])
def test_a_ranked_stage_of_a_tour_is_a_visit(ex, text, host):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"visit"})
    assert ("POL",) in {g[1] for g in got if g[2] == (host,)}, got


@pytest.mark.parametrize(("text", "host"), [
    ("On Wednesday, in Berlin, the Minister held a working meeting with the Minister of "
     "State at the Federal Foreign Office.", "DEU"),
    ("On 8 May, in Vienna, the Deputy Minister met the Secretary General of the Austrian "
     "Foreign Ministry.", "AUT"),
    ("On Thursday in Rome, the Minister held talks with her Italian counterpart.", "ITA"),
])
def test_a_day_then_a_place_opening_the_sentence_is_a_stop(ex, text, host):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"visit"})
    assert ("visit", ("POL",), (host,)) in {g[:3] for g in got}, got


@pytest.mark.parametrize("text", [
    # a stage of a process, not of a journey
    "The last stage of the negotiations was difficult, the Minister said.",
    # a leg that took time, not a traveller to a place
    "The final leg of the tour took three days to prepare.",
    # a day and a place at home: no journey
    "On Wednesday, in Warsaw, the Minister met the Ambassador of Peru.",
])
def test_no_stage_no_visit(ex, text):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"visit"})
    assert got == [], got
