"""A text that refers to "the visit" it has not told, with the guest received
("Within the framework of the visit, the Georgian Deputy Minister was received by
the Deputy Prime Minister"), tells the guest's visit to the issuer on that day; our
own minister received abroad, or a visit already told, adds none (sentences of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_TALKS = ("On 3 February, political consultations between Moldova and Georgia took place in "
          "Chisinau. ")


def _visits(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str | None]]:
    return [(tuple(r.from_), tuple(r.to), r.date.start)
            for r in extract_text(text, issuer="MDA", date="2025-02-04").records
            if r.type == "visit"]


@pytest.mark.parametrize("text", [
    "Within the framework of the visit, the Georgian Deputy Minister was received by the "
    "Deputy Prime Minister.",
    "During the visit, the Deputy Foreign Minister of Georgia was also received by the "
    "Speaker of Parliament.",
    "As part of his visit, the Georgian guest was received by the President.",
])
def test_the_visit_referred_to_is_the_guests(text):
    assert _visits(_TALKS + text) == [(("GEO",), ("MDA",), "2025-02-03")]


@pytest.mark.parametrize("text", [
    # our own minister received abroad, the visit untold
    "During the visit, the Minister was received by the President of Georgia.",
    # no guest received
    "Within the framework of the visit, the sides discussed the Joint Commission.",
])
def test_no_guests_visit_otherwise(text):
    assert _visits(_TALKS + text) == []


def test_a_visit_already_told_is_not_told_again():
    text = ("The Deputy Foreign Minister of Georgia paid a visit to Moldova on 3 February. "
            "Within the framework of the visit, the Georgian Deputy Minister was received by "
            "the Deputy Prime Minister.")
    assert _visits(text) == [(("GEO",), ("MDA",), "2025-02-03")]
