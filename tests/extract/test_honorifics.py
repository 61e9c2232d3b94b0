"""A title's period ("H.E.", "Mr.", "Dr.") inside a sentence does not end the
clause: the official named after it stays with the verb before it. A bare
"During the visit," names a known visit in neither direction."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str, issuer: str = "BEL") -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(r.type, tuple(r.from_), tuple(r.to))
            for r in extract_text(text, issuer=issuer, date="2023-05-10").records]


@pytest.mark.parametrize("text", [
    "On Thursday the Minister welcomed the Foreign Minister of Uruguay, H.E. Juan Perez "
    "Gomez, to the Egmont Palace, on the occasion of his trip to Europe.",
    "On Thursday the Minister welcomed the Foreign Minister of Uruguay, Mr. Juan Perez, to "
    "the Egmont Palace during his European tour to Paris, Rome and Madrid.",
    "On Thursday the Minister welcomed the Foreign Minister of Uruguay, Dr. Juan Perez, to "
    "the Egmont Palace at the start of his visit to Belgium.",
])
def test_a_guest_welcomed_after_an_honorific_came_on_a_visit(text):
    recs = _records(text)
    assert ("meeting", ("BEL",), ("URY",)) in recs
    assert ("visit", ("URY",), ("BEL",)) in recs


@pytest.mark.parametrize("text", [
    "The Foreign Minister of Chile arrived in Brussels on Monday for a working visit. "
    "During the working visit, Mr. Juan Soto, Foreign Minister of Chile, met the Minister.",
    "The Chilean Foreign Minister paid an official visit to Belgium on Monday. During the "
    "visit, H.E. Juan Soto held talks with the Prime Minister.",
])
def test_a_bare_during_the_visit_is_no_second_visit(text):
    assert [r for r in _records(text) if r[0] == "visit"] == [("visit", ("CHL",), ("BEL",))]


def test_a_visit_the_other_way_named_in_full_is_its_own_visit():
    text = ("The Foreign Minister of Chile will visit Belgium in June. During the Working Visit "
            "to Chile by H.E. Dr. Anne Dubois, Prime Minister of Belgium, on 3 March, the two "
            "leaders agreed to deepen ties.")
    assert ("visit", ("BEL",), ("CHL",)) in _records(text)
