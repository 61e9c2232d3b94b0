"""Visits told in other forms: the host country as the subject with the dates
before the object, an arrival in a pluperfect relative clause, an arrival
"yesterday evening"."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _brief(text: str, issuer: str, types=("visit", "meeting")):
    res = extract_text(text, issuer=issuer)
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start, r.date.end)
                  for r in res.records if r.type in types)


@pytest.mark.parametrize("text, issuer, guest, start, end", [
    ("Accra, 14 March 2023\n\nGhana received on 12 March the official visit of the Prime "
     "Minister of Barbados.", "GHA", "BRB", "2023-03-12", None),
    ("Hanoi, 20 May 2023\n\nViet Nam welcomed from 15 to 17 May the state visit of the "
     "President of Chile.", "VNM", "CHL", "2023-05-15", "2023-05-17"),
    ("Lima, 30 June 2023\n\nPeru hosted on 21 June the working visit of the "
     "Foreign Minister of Uruguay.", "PER", "URY", "2023-06-21", None),
])
def test_a_host_country_receiving_a_visit_on_given_days(text, issuer, guest, start, end):
    assert ("visit", (guest,), (issuer,), start, end) in _brief(text, issuer, ("visit",))


def test_a_host_country_as_subject_tells_no_meeting():
    got = _brief("Hanoi, 20 May 2023\n\nViet Nam welcomed from 15 to 17 May the state visit of "
                 "the President of Chile.", "VNM")
    assert [r[0] for r in got] == ["visit"]


def test_a_head_of_state_receiving_a_visit_meets_the_guest():
    got = _brief("Libreville, 20 May 2023\n\nThe President of the Republic received on 15 and "
                 "16 May the official visit of the President of Senegal.", "GAB")
    assert ("meeting", ("GAB",), ("SEN",), "2023-05-15", "2023-05-16") in got
    assert ("visit", ("SEN",), ("GAB",), "2023-05-15", "2023-05-16") in got


@pytest.mark.parametrize("text", [
    "Rabat, 5 May 2023\n\nThe Minister, who had landed in Rabat on 4 May, was received by "
    "King Mohammed VI.",
    "Rabat, 5 May 2023\n\nThe Deputy Minister had arrived in Rabat on 4 May and held talks with "
    "her counterpart the next day.",
    "Rabat, 5 May 2023\n\nThe Minister arrived yesterday evening in Rabat for a working visit.",
])
def test_an_arrival_told_in_other_forms_is_a_visit(text):
    got = _brief(text, "GEO", ("visit",))
    assert [(r[1], r[2], r[3]) for r in got] == [(("GEO",), ("MAR",), "2023-05-04")]


def test_a_relief_plane_that_had_landed_is_no_visit():
    got = _brief("Beirut, 5 May 2023\n\nThe aircraft carrying relief supplies had landed in "
                 "Beirut on 4 May.", "GEO", ("visit",))
    assert got == []
