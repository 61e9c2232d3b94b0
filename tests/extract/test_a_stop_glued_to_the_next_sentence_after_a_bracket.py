"""A page that lost the space after a full stop closing a bracket ("... the World Health
Organization (WHO).The year saw visits ..."): two sentences, read as if the space were
there (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _keys(issuer: str, text: str) -> list[tuple[object, ...]]:
    recs = extract_text(text, issuer=issuer, date="2024").records
    return sorted((r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations), r.date.start)
                  for r in recs)


@pytest.mark.parametrize(("issuer", "text"), [
    ("TWN", "The year was marked by support for taking part in the World Health Organization "
     "(WHO).The year saw visits to Taiwan by the President of Palau."),
    ("KEN", "The Minister stressed the role of the United Nations (UN).Visits to Nairobi by the "
     "Presidents of Ghana and Togo followed."),
    ("PER", "Our work with the Organization of American States (OAS) grew.Visits to Lima by the "
     "foreign ministers of Chile and Brazil followed in June."),
    ("KEN", "Kenya joined the International Organization for Migration (IOM).The year saw "
     "visits to Kenya by leaders of Rwanda and Uganda."),
    ("GEO", "Georgia deepened its ties with the North Atlantic Treaty Organization (NATO).The "
     "year also saw visits to Tbilisi by the presidents of Poland and Lithuania."),
])
def test_read_as_two_sentences(issuer: str, text: str) -> None:
    assert _keys(issuer, text) == _keys(issuer, text.replace(").", "). "))
