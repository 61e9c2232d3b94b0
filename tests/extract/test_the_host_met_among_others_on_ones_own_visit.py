"""The visit the subject makes "during his visit" or "while on a visit" is the
subject's, even when those met include the host beside others ("met his counterparts
from A, B and Turkey during his visit to Antalya"): none of those met is a traveller.
Everyone met from the host's country leaves the visit as it was read (sentences of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, issuer: str = "BGD") -> list[tuple]:
    recs = extract_text(text, issuer=issuer, date="2022-03-13").records
    return sorted((tuple(r.from_), tuple(r.to)) for r in recs if r.type == "visit")


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("Foreign Minister Rahman met his counterparts from Austria, Kyrgyzstan and Turkey "
     "during his visit to Antalya.", "BGD", [(("BGD",), ("TUR",))]),
    ("The Minister held talks with the foreign ministers of Chile, Peru and Spain during "
     "her official visit to Madrid.", "NZL", [(("NZL",), ("ESP",))]),
    ("Foreign Minister Rahman held talks with the foreign ministers of Austria and "
     "Kyrgyzstan while on a visit to Turkey.", "BGD", [(("BGD",), ("TUR",))]),
    ("The Secretary met Kenyan and Ugandan officials while on an official trip to "
     "Tanzania.", "GBR", [(("GBR",), ("TZA",))]),
    ("Minister Holm had meetings with the ministers of Ghana, Togo and Benin in the course "
     "of her working visit to Cotonou.", "NLD", [(("NLD",), ("BEN",))]),
])
def test_the_subject_is_the_traveller(text, issuer, expected):
    assert _visits(text, issuer) == expected


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    # everyone met is the host's: the issuer's visit there, as before
    ("The Minister met the Peruvian Foreign Minister during his visit to Lima.", "CHL",
     [(("CHL",), ("PER",))]),
    # the guest came to the issuer: the guest's visit, as before
    ("The Minister met the Peruvian Foreign Minister during his visit to Santiago.", "CHL",
     [(("PER",), ("CHL",))]),
])
def test_the_readings_that_stand(text, issuer, expected):
    assert _visits(text, issuer) == expected
