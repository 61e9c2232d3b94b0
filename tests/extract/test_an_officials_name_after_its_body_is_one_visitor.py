"""The head of an organisation named by office and then by name ("the Secretary-General
of the Organization of American States (OAS) Luis Almagro") is one visitor: one visit,
not one for the body and one for the office-holder's name; two officials of two bodies
are two (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str):
    recs = extract_text(text, issuer="CHL", date="2024-05-05").records
    return sorted((tuple(r.from_), tuple(r.to), tuple(r.organizations)) for r in recs
                  if r.type == "visit")


@pytest.mark.parametrize("text, org", [
    ("Secretary-General of the Organization of American States (OAS) Luis Almagro is on a "
     "visit to Madrid.", "OAS"),
    ("The Secretary-General of the Organization of American States (OAS), Luis Almagro, "
     "arrived in Madrid on 3 May.", "OAS"),
    ("The Director-General of the International Labour Organization (ILO) Gilbert Houngbo, "
     "who is currently in Madrid, met Foreign Minister Ana Rojas on 3 May.", "ILO"),
    ("Foreign Minister Ana Rojas and Secretary-General of the Organization of American "
     "States (OAS) Luis Almagro, who is currently in Madrid, held a phone call on 3 May.",
     "OAS"),
])
def test_one_visit_of_the_official(text, org):
    assert _visits(text) == [((), ("ESP",), (org,))]


def test_officials_of_two_bodies_are_two_visitors():
    text = ("The Director-General of the International Labour Organization (ILO) and the "
            "Secretary-General of the Organization of American States visited Madrid on 3 May.")
    assert _visits(text) == [((), ("ESP",), ("ILO",)), ((), ("ESP",), ("OAS",))]
