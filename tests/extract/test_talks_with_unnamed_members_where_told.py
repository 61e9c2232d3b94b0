"""Talks with sides the text does not name ("some member states", "several
partners", "other member countries") in a place named as where they were ("In Kenya,
the Minister ... had talks with some member states") are no
meeting with the country of that place. A person met there with a national title
("In Kenya, she held talks with the President") or a country named as met still
makes a meeting."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(issuer: str, text: str) -> list[list[str]]:
    return [r.to for r in extract_text(text, issuer=issuer, date="2024").records
            if r.type == "meeting"]


@pytest.mark.parametrize(("issuer", "text"), [
    ("MLT", "In Kenya, Minister Vella represented Malta at the summit sessions and had "
     "talks with some member states."),
    ("FJI", "In Rwanda, the Minister also held talks with several member states."),
    ("CYP", "In the Bahamas, the Foreign Minister had discussions with other member "
     "countries."),
    ("NZL", "In Tonga, Minister Reid held consultations with a number of partners on "
     "climate finance."),
])
def test_unnamed_sides_where_told_are_no_meeting(issuer, text):
    assert _met(issuer, text) == []


@pytest.mark.parametrize(("issuer", "text", "met"), [
    ("MLT", "In Kenya, Minister Vella held talks with the President.", [["KEN"]]),
    ("FJI", "In Kigali, the Minister held talks with the Foreign Minister of Rwanda and "
     "with several other partners.", [["RWA"]]),
    ("CYP", "In New York, the Foreign Minister met his counterparts from Ghana and "
     "Peru.", [["GHA"], ["PER"]]),
])
def test_sides_named_or_titled_still_meet(issuer, text, met):
    assert _met(issuer, text) == met
