"""A place named before ", which <subject> visited": the place is the host and the
subject of the relative clause the visitor (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, issuer: str, date: str = "2021-11-08"):
    recs = extract_text(text, issuer=issuer, date=date).records
    return sorted((tuple(r.from_), tuple(r.to), r.date.start if r.date else None)
                  for r in recs if r.type == "visit")


@pytest.mark.parametrize("text, issuer, host, day", [
    ("Trade dominates the dialogue with the Republic of Moldova, which the head of state "
     "visited in early October.", "ROU", "MDA", "2021-10"),
    ("Ties with Namibia, which President Hage visited on 4 October, keep growing.",
     "BWA", "NAM", "2021-10-04"),
    ("The Minister praised Portugal, which she visited last month, as a close partner.",
     "CPV", "PRT", "2021-10"),
    ("Energy links with Georgia, which the Foreign Minister has also visited in October, "
     "were discussed.", "EST", "GEO", "2021-10"),
])
def test_the_place_before_which_is_the_host(text, issuer, host, day):
    assert _visits(text, issuer) == [((issuer,), (host,), day)]


def test_the_visitor_named_in_the_relative_clause():
    text = ("Relations with Ghana, which the President of Togo visited on 4 October, were "
            "reviewed in Lomé.")
    assert _visits(text, "BEN") == [(("TGO",), ("GHA",), "2021-10-04")]


@pytest.mark.parametrize("text, visitor, host", [
    ("A delegation of Namibia, which visited Angola on 4 October, met the Minister.",
     "NAM", "AGO"),
    ("The Republic of Moldova, which has visited Romania often, signed a protocol on "
     "4 October.", None, None),
])
def test_a_clause_whose_verb_follows_which_keeps_the_traveller(text, visitor, host):
    got = _visits(text, "UKR")
    if visitor is None:
        assert [v for v in got if v[1] == ("MDA",)] == []
    else:
        assert got == [((visitor,), (host,), "2021-10-04")]
