"""The issuer's capital or country as the host ("Freetown received the Vice President
of Nigeria on 9 and 10 March, and the Foreign Minister of Türkiye on 21 May") tells
visits of its guests, each on its own days, and no meeting; a person who receives
still meets (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...],
                                       str | None]]:
    return sorted((r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations), r.date.start)
                  for r in extract_text(text, issuer="SLE", date="2024").records)


@pytest.mark.parametrize("text", [
    "Freetown received the Vice President of Nigeria, Mr Ade Bello, on 9 and 10 March, and "
    "the Foreign Minister of Ghana on 21 May.",
    "In the first half of the year, Sierra Leone welcomed the Vice President of Nigeria on "
    "9 and 10 March and the Foreign Minister of Ghana on 21 May.",
    "Freetown also hosted the Vice President of Nigeria on 9 and 10 March and the Foreign "
    "Minister of Ghana on 21 May.",
])
def test_a_place_that_receives_tells_visits(text):
    assert _records(text) == [("visit", ("GHA",), ("SLE",), (), "2024-05-21"),
                              ("visit", ("NGA",), ("SLE",), (), "2024-03-09")]


@pytest.mark.parametrize("text", [
    "Freetown welcomed the Secretary-General of the Commonwealth, Ms Jane Roe, on 15 and 16 "
    "May.",
    "Sierra Leone received the Secretary-General of the Commonwealth on 15 and 16 May.",
])
def test_an_organisations_official_hosted_by_a_place_visits(text):
    assert _records(text) == [("visit", (), ("SLE",), ("COMMONWEALTH",), "2024-05-15")]


@pytest.mark.parametrize("text", [
    "President Bio received the Vice President of Nigeria on 9 March.",
    "The Minister welcomed the Foreign Minister of Ghana on 21 May.",
])
def test_a_person_who_receives_still_meets(text):
    assert [r[0] for r in _records(text)] == ["meeting"]


@pytest.mark.parametrize("text", [
    # a place abroad that received someone: not the issuer's hosting
    "Accra received the Vice President of Nigeria on 9 March.",
    # a thing welcomed
    "Freetown welcomed the decision of the President of Nigeria on 9 March.",
])
def test_no_visit_to_the_issuer_otherwise(text):
    assert not [r for r in _records(text) if r[0] == "visit" and r[2] == ("SLE",)]


def test_a_visit_the_sentence_names_is_told_once():
    text = "Sierra Leone hosted the President of Ghana for a state visit from 6 to 8 March."
    assert _records(text) == [("visit", ("GHA",), ("SLE",), (), "2024-03-06")]


def test_an_organisation_named_elsewhere_is_no_guest():
    text = ("Freetown welcomed the Minister of Trade of the region on 9 and 10 March for the "
            "fair of the Economic Community of West African States.")
    assert not [r for r in _records(text) if r[0] == "visit" and r[3]]
