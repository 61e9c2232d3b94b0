"""A visit named by its visitor's name and its destination ("President Luis Vargas's
visit to the Valparaiso trade fair") is an occasion of its own, even when the
text told another visit between the same two countries before: the possessive names
someone, it does not point back. An office's possessive ("the Minister's visit to
Santiago") or a bare "his visit" still points back to the visit told."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_FIRST = ("On 21 October the Foreign Minister of Peru, Ana Soto, was in Santiago, where "
          "she held talks with Foreign Minister Pablo Rojas.\n\n")


def _visits(issuer: str, text: str) -> list[tuple[list[str], list[str], str | None]]:
    return [(r.from_, r.to, r.date.start)
            for r in extract_text(_FIRST + text, issuer=issuer, date="2019").records
            if r.type == "visit"]


@pytest.mark.parametrize(("issuer", "text"), [
    ("PER", "In 2019 the Chilean Prime Minister came to Lima, and President Luis Vargas’s "
     "visit to the Valparaiso trade fair followed in November."),
    ("PER", "Earlier in 2019, Vargas's trip to Santiago for the Pacific summit had opened "
     "the way."),
    ("PER", "Relations were also marked by Prime Minister Elena Quispe's visit to "
     "Antofagasta in May 2019."),
    ("PER", "The dialogue in 2019 included Speaker Marco Ruiz’s working visit to Chile."),
])
def test_a_named_visitors_visit_is_a_second_visit(issuer, text):
    assert len([v for v in _visits(issuer, text) if v[:2] == (["PER"], ["CHL"])]) == 2


@pytest.mark.parametrize(("issuer", "text"), [
    ("PER", "The Minister's visit to Santiago was the first in four years."),
    ("PER", "During her visit to Santiago, she also met business leaders."),
])
def test_an_office_or_a_pronoun_points_back(issuer, text):
    assert len([v for v in _visits(issuer, text) if v[:2] == (["PER"], ["CHL"])]) == 1
