"""A city named in what an official said after the meeting's verb ("met ... and stressed
that the embassy in Nairobi would stay open", ", where she reiterated that no harm came
to diplomats in Havana") is part of what was said, not the place of the meeting; a city
named before the verb of saying still is (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _places(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="NOR", date="2023-05-04").records
    return [(tuple(r.to), r.place.city if r.place else None)
            for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Minister met with Peruvian legislators on Friday at the Congress building, "
     "where she reiterated that no harm came to diplomats in Havana.", [(("PER",), None)]),
    ("On Monday the Minister met the Foreign Minister of Ghana, and stressed that the "
     "embassy in Nairobi would stay open.", [(("GHA",), None)]),
    ("The Minister held talks with the Ambassador of Japan on Tuesday and said that the "
     "school in Lima was a success.", [(("JPN",), None)]),
    ("The Minister met the Ambassador of Chile on Tuesday, and underlined that the "
     "consulate in Madrid would reopen.", [(("CHL",), None)]),
])
def test_the_city_said_is_no_place(text, expected):
    assert _places(text) == expected


def test_a_city_before_the_saying_is_the_place():
    assert _places("The Minister met the Ambassador of Chile in Oslo and said that trade "
                   "in Lima grew.") == [(("CHL",), "Oslo")]
