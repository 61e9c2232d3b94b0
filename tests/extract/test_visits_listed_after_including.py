"""Visits named in the plural, then listed as "official to destination" after
"including" ("Visits of officials of both countries, including the Prime Minister
of Armenia to our country, and the Ministers of Defence and Culture of Georgia to
Armenia, took place"): one visit per official, each from the official's country
to the destination (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[tuple[list[str], list[str]]]:
    recs = extract_text(text, issuer="GEO", date="2021").records
    return sorted((r.from_, r.to) for r in recs if r.type == "visit")


@pytest.mark.parametrize(("text", "expected"), [
    ("Visits of officials of both countries, including the Prime Minister of Armenia Nikol "
     "Pashinyan to our country, and the Ministers of Defence and Culture of Georgia to Armenia "
     "took place during the year.",
     [(["ARM"], ["GEO"]), (["GEO"], ["ARM"]), (["GEO"], ["ARM"])]),
    ("Mutual visits took place, including the Prime Minister of Armenia to Tbilisi and the "
     "Foreign Minister of Georgia to Yerevan.",
     [(["ARM"], ["GEO"]), (["GEO"], ["ARM"])]),
    ("High-level visits continued, including those of the Speaker of the Parliament of "
     "Georgia to Azerbaijan, the President of Azerbaijan to Tbilisi and the Prime Minister of "
     "Armenia to our country.",
     [(["ARM"], ["GEO"]), (["AZE"], ["GEO"]), (["GEO"], ["AZE"])]),
])
def test_each_listed_visit(text: str, expected: list) -> None:
    assert _visits(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # no list of travellers: the visits as the frame reads them
    ("The President of Armenia paid visits to Georgia and Azerbaijan in May.",
     [(["ARM"], ["AZE"]), (["ARM"], ["GEO"])]),
    # "including" names the topics, not travellers to places
    ("The Prime Minister of Armenia paid a visit to our country, including talks on trade "
     "and energy.", [(["ARM"], ["GEO"])]),
])
def test_no_list_of_travellers(text: str, expected: list) -> None:
    assert _visits(text) == sorted(expected)
