"""Persons on records: names without honorifics, the office-holder's own
country when the title names it, and an office named again (sentences of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from communique.extract._persons import clean_name


@pytest.mark.parametrize(("raw", "name"), [
    ("H.E. Dr. Riad Malki", "Riad Malki"),
    ("Shri Narendra Modi", "Narendra Modi"),
    ("Hon. Antonio Tajani", "Antonio Tajani"),
    ("Giorgia Meloni's", "Giorgia Meloni"),
    ("Sayyid Badr Albusaidi", "Sayyid Badr Albusaidi"),
    ("Tuggar", "Tuggar"),
])
def test_clean_name_drops_honorifics_and_possessives(raw, name):
    assert clean_name(raw) == name


def _persons(text: str, issuer: str = "KAZ", date: str = "2014-05-05"):
    return [(p.name, p.role, p.country) for r in extract_text(text, issuer=issuer,
                                                              date=date).records
            for p in r.persons]


@pytest.mark.parametrize("text", [
    "The Minister spoke on the phone with US Secretary of State John Kerry.",
    "The Minister met UK Foreign Secretary William Hague in London.",
])
def test_a_title_that_names_its_country_gives_the_person_that_country(text):
    assert all(c != "KAZ" for n, _, c in _persons(text) if n and n != "the Minister")


def test_an_office_named_again_takes_the_name_given_before():
    text = ("Foreign Minister Erlan Idrissov met Foreign Minister Sergey Lavrov of Russia on "
            "5 May. On 6 May the Foreign Minister of Russia was received by the President.")
    names = {(n, c) for n, role, c in _persons(text) if role == "foreign_minister"}
    assert ("Sergey Lavrov", "RUS") in names and (None, "RUS") not in names
