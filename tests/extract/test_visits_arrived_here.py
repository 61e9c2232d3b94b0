"""An arrival "here" or "in the capital" in a story filed from a city ("NAIROBI, ...",
a byline "Our reporter in NAIROBI, Kenya") is a visit to that city's country
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, issuer: str) -> list[tuple[str, str, str]]:
    recs = extract_text(text, issuer=issuer, date="2025-08-18").records
    return sorted(("+".join(r.from_), "+".join(r.to), r.date.start or "") for r in recs
                  if r.type == "visit")


BYLINE = ("Leaders gather for regional summit\n18 Aug, 2025 | The Daily\n"
          "Jane Banda in NAIROBI, Kenya\n\n")


@pytest.mark.parametrize(("text", "issuer", "visits"), [
    (BYLINE + "The President, who arrived here on Saturday with the Foreign Minister, told "
     "the summit that trade had grown.", "ZMB", [("ZMB", "KEN", "2025-08-16")]),
    ("KAMPALA, Aug 18 - The Prime Minister arrived in the capital on Sunday for two days "
     "of talks, officials said.", "TZA", [("TZA", "UGA", "2025-08-17")]),
])
def test_arriving_here_is_a_visit_to_the_place_filed_from(text, issuer, visits):
    assert _visits(text, issuer) == visits


@pytest.mark.parametrize(("text", "issuer"), [
    # the issuer's own capital: no visit of its own
    ("LUSAKA, Aug 18 - The President arrived here on Sunday from the coast.", "ZMB"),
    # no place the story was filed from
    ("The President arrived here on Saturday with the Foreign Minister.", "ZMB"),
    # "the capital of" another country names its own place
    ("KAMPALA, Aug 18 - The Prime Minister arrived in the capital of Rwanda on Sunday.",
     "TZA"),
])
def test_no_visit_to_the_place_filed_from_otherwise(text, issuer):
    assert all(to != "UGA" and to != "KEN" for _f, to, _d in _visits(text, issuer))
    assert ("ZMB", "ZMB") not in [(f, t) for f, t, _d in _visits(text, issuer)]
