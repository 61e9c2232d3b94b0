"""A country named as the place that opens a sentence, with a capital "In" ("In Kenya,
the Foreign Minister met ..."), is where the meeting took place: it is neither the
subject's side nor a counterpart (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[list[str], list[str]]]:
    recs = extract_text(text, issuer="ARG", date="2017-02-18").records
    return sorted((list(r.from_), list(r.to)) for r in recs if r.type == "meeting")


@pytest.mark.parametrize(("text", "partner"), [
    ("In Kenya, the Foreign Minister met with her Ugandan counterpart, Jeje Odongo.", "UGA"),
    ("In Germany, the Minister also held talks with his Polish counterpart.", "POL"),
    ("In France, the Minister met his Italian counterpart on the sidelines of the forum.",
     "ITA"),
    ("In Canada, Minister Cafiero also held talks with the Foreign Minister of Chile, "
     "Alberto van Klaveren.", "CHL"),
    ("Near Brazil's border, the Foreign Minister met the Foreign Minister of Peru.", "PER"),
])
def test_the_place_opening_the_sentence_is_no_side(text: str, partner: str) -> None:
    assert _meetings(text) == [(["ARG"], [partner])]
